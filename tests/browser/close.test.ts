import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import data from '../../content/tools/close.json';
import { collectErrors, createDealThroughUi, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cases = [
  {
    lang: 'zh',
    path: '/process/close-readiness/',
    evidence: '证据',
    ready: '可以成交',
    allMet: '已满足 6/6 个条件',
  },
  {
    lang: 'en',
    path: '/en/process/close-readiness/',
    evidence: 'Evidence',
    ready: 'Ready to close',
    allMet: '6 of 6 conditions met',
  },
] as const;

const newDeal = (page: Page, lang: 'zh' | 'en') =>
  createDealThroughUi(page, lang, 'ERP rollout', 'Huajian Building Materials');

function status(page: Page): Promise<string | null> {
  return page.locator('.pb-summary [aria-live="polite"]').textContent();
}

describe.each(cases)('close-readiness gate ($lang)', ({ lang, path, evidence, ready, allMet }) => {
  const conditions = data.items.map((item, i) => ({
    label: item.label[lang],
    evidence: `${item.evidence[lang]} — ${i + 1}`,
  }));

  it('fills all six conditions with evidence, sees "ready", and finds every answer after a reload', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${path}`);
    await newDeal(page, lang);

    for (const [i, condition] of conditions.entries()) {
      await page.getByRole('checkbox', { name: condition.label, exact: true }).check();
      // Ticked without evidence is not yet met.
      if (i === 0) await expect.poll(() => status(page)).not.toContain(ready);
      await page.getByRole('textbox', { name: `${evidence} ${condition.label}` }).fill(condition.evidence);
    }
    await expect.poll(() => status(page)).toContain(allMet);
    // Issue 15: a new deal records no demo, close date or decision-maker, so the conflicts keep it not ready.
    expect(await status(page)).not.toContain(ready);
    expect(await page.locator('[data-condition]').count()).toBe(0);

    await page.reload();
    await expect.poll(() => status(page)).toContain(allMet);
    for (const condition of conditions) {
      expect(await page.getByRole('checkbox', { name: condition.label, exact: true }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: `${evidence} ${condition.label}` }).inputValue()).toBe(
        condition.evidence,
      );
    }

    // Clearing one piece of evidence takes readiness away again, and says where to go back.
    await page.getByRole('textbox', { name: `${evidence} ${conditions[4]!.label}` }).fill('');
    await expect.poll(() => status(page)).not.toContain(ready);
    const missing = page.locator('[data-condition="condition-5"]');
    expect(await missing.locator('a').last().getAttribute('href')).toBe(
      `${lang === 'en' ? '/en' : ''}/process/validation/#question-3`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('close-readiness gate: earlier answers that disagree', () => {
  it('flags condition 5 ticked while the deal names no decision-maker in validation', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/close-readiness/`);
    await newDeal(page, 'en');
    await page.getByRole('checkbox', { name: data.items[4]!.label.en, exact: true }).check();
    await expect.poll(() => status(page)).toContain('Earlier answers in this deal disagree');
    const conflict = page.locator('[data-conflict="no-decision-maker"]');
    expect(await conflict.textContent()).toContain('names no decision-maker');
    expect(await conflict.locator('a').getAttribute('href')).toBe('/en/process/validation/#tool');

    await page.getByRole('checkbox', { name: data.items[4]!.label.en, exact: true }).uncheck();
    await expect.poll(() => page.locator('[data-conflict]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('close-readiness gate: a competitor recorded in the negotiation tracker', () => {
  it('flags condition 2 ticked while the tracker still lists a competitor, until it is removed there', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const condition2 = () => page.getByRole('checkbox', { name: data.items[1]!.label.en, exact: true });
    const conflict = page.locator('[data-conflict="competitor-listed"]');

    // Stage 5: the rep records a competitor still in the running, through the tracker's own form.
    await page.goto(`${base}/en/process/negotiation/`);
    await newDeal(page, 'en');
    await page.getByLabel("Competitor's name", { exact: true }).fill('Kingdee');
    await page.getByRole('button', { name: 'Add competitor', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove Kingdee' }).count()).toBe(1);

    // Stage 6, same deal: ticking "no competitor" contradicts it.
    await page.goto(`${base}/en/process/close-readiness/`);
    await condition2().check();
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('still lists competitors: Kingdee.');
    expect(await conflict.locator('a').getAttribute('href')).toBe('/en/process/negotiation/#tool');
    expect(await status(page)).toContain('Earlier answers in this deal disagree');

    // Removing the competitor in the tracker clears the flag; the tick stays.
    await page.goto(`${base}/en/process/negotiation/`);
    await page.getByRole('button', { name: 'Remove Kingdee' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove Kingdee' }).count()).toBe(0);
    await page.goto(`${base}/en/process/close-readiness/`);
    await expect.poll(() => condition2().isChecked()).toBe(true);
    expect(await conflict.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('close-readiness gate without JavaScript', () => {
  it('shows the six conditions with their evidence and where to go back', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/process/close-readiness/`);
    const items = page.locator('.pb-tool-fallback li');
    expect(await items.count()).toBe(6);
    expect(await items.first().textContent()).toContain('软件功能或解决方案完全满足客户需求');
    expect(await items.first().textContent()).toContain('客户确认需求清单');
    expect(await items.first().locator('a[href="/process/demo/#flow"]').count()).toBe(1);
    await context.close();
  });
});
