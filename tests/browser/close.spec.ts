import type { Page } from '@playwright/test';
import data from '../../content/tools/close.json' with { type: 'json' };
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

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

const status = (page: Page) => page.locator('.pb-summary [aria-live="polite"]');

for (const { lang, path, evidence, ready, allMet } of cases) {
  test.describe(`close-readiness gate (${lang})`, () => {
    const conditions = data.items.map((item, i) => ({
      label: item.label[lang],
      evidence: `${item.evidence[lang]} — ${i + 1}`,
    }));

    test('fills all six conditions with evidence, sees "ready", and finds every answer after a reload', async ({
      page,
      pageErrors,
    }) => {
      await page.goto(path);
      await newDeal(page, lang);

      for (const [i, condition] of conditions.entries()) {
        await page.getByRole('checkbox', { name: condition.label, exact: true }).check();
        // Ticked without evidence is not yet met.
        if (i === 0) await expect(status(page)).not.toContainText(ready);
        await page.getByRole('textbox', { name: `${evidence} ${condition.label}` }).fill(condition.evidence);
      }
      await expect(status(page)).toContainText(allMet);
      // Issue 15: a new deal records no demo, close date or decision-maker, so the conflicts keep it not ready.
      await expect(status(page)).not.toContainText(ready);
      await expect(page.locator('[data-condition]')).toHaveCount(0);

      await page.reload();
      await expect(status(page)).toContainText(allMet);
      for (const condition of conditions) {
        await expect(page.getByRole('checkbox', { name: condition.label, exact: true })).toBeChecked();
        await expect(page.getByRole('textbox', { name: `${evidence} ${condition.label}` })).toHaveValue(
          condition.evidence,
        );
      }

      // Clearing one piece of evidence takes readiness away again, and says where to go back.
      await page.getByRole('textbox', { name: `${evidence} ${conditions[4]!.label}` }).fill('');
      await expect(status(page)).not.toContainText(allMet);
      const missing = page.locator('[data-condition="condition-5"]');
      await expect(missing.locator('a').last()).toHaveAttribute(
        'href',
        `${lang === 'en' ? '/en' : ''}/process/validation/#question-3`,
      );
      expect(pageErrors).toEqual([]);
    });
  });
}

test.describe('close-readiness gate: earlier answers that disagree', () => {
  test('flags condition 5 ticked while the deal names no decision-maker in validation', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/en/process/close-readiness/');
    await newDeal(page, 'en');
    await page.getByRole('checkbox', { name: data.items[4]!.label.en, exact: true }).check();
    await expect(status(page)).toContainText('Earlier answers in this deal disagree');
    const conflict = page.locator('[data-conflict="no-decision-maker"]');
    await expect(conflict).toContainText('names no decision-maker');
    await expect(conflict.locator('a')).toHaveAttribute('href', '/en/process/validation/#tool');

    await page.getByRole('checkbox', { name: data.items[4]!.label.en, exact: true }).uncheck();
    await expect(page.locator('[data-conflict]')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('close-readiness gate: a competitor recorded in the negotiation tracker', () => {
  test('flags condition 2 ticked while the tracker still lists a competitor, until it is removed there', async ({
    page,
    pageErrors,
  }) => {
    const condition2 = () => page.getByRole('checkbox', { name: data.items[1]!.label.en, exact: true });
    const conflict = page.locator('[data-conflict="competitor-listed"]');

    // Stage 5: the rep records a competitor still in the running, through the tracker's own form.
    await page.goto('/en/process/negotiation/');
    await newDeal(page, 'en');
    await page.getByLabel("Competitor's name", { exact: true }).fill('Kingdee');
    await page.getByRole('button', { name: 'Add competitor', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Remove Kingdee' })).toHaveCount(1);

    // Stage 6, same deal: ticking "no competitor" contradicts it.
    await page.goto('/en/process/close-readiness/');
    await condition2().check();
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText('still lists competitors: Kingdee.');
    await expect(conflict.locator('a')).toHaveAttribute('href', '/en/process/negotiation/#tool');
    await expect(status(page)).toContainText('Earlier answers in this deal disagree');

    // Removing the competitor in the tracker clears the flag; the tick stays.
    await page.goto('/en/process/negotiation/');
    await page.getByRole('button', { name: 'Remove Kingdee' }).click();
    await expect(page.getByRole('button', { name: 'Remove Kingdee' })).toHaveCount(0);
    await page.goto('/en/process/close-readiness/');
    await expect(condition2()).toBeChecked();
    await expect(conflict).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('close-readiness gate without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the six conditions with their evidence and where to go back', async ({ page }) => {
    await page.goto('/process/close-readiness/');
    const items = page.locator('.pb-tool-fallback li');
    await expect(items).toHaveCount(6);
    await expect(items.first()).toContainText('软件功能或解决方案完全满足客户需求');
    await expect(items.first()).toContainText('客户确认需求清单');
    await expect(items.first().locator('a[href="/process/demo/#flow"]')).toHaveCount(1);
  });
});
