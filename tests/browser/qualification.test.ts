import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, createDealThroughUi, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The scorecard: labels elsewhere on the page (the exit-criteria checkboxes) say some of the same words. */
const tool = (page: Page) => page.locator('[data-tool="qualification"]');
const verdict = (page: Page) => page.locator('.pb-q-status [data-verdict]').getAttribute('data-verdict');

describe('qualification scorecard', () => {
  it('an apparel manufacturer is "do not pursue" with its reason, and every answer survives a reload (Chinese)', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/process/prospecting/`);
    await createDealThroughUi(tool(page), 'zh', '服装厂', '某服装有限公司');

    await tool(page).getByLabel('人员规模', { exact: true }).fill('300');
    await tool(page).getByLabel('上一年度销售额', { exact: true }).fill('12000');
    await tool(page).getByLabel('年毛利', { exact: true }).fill('1500');
    await tool(page).getByLabel('私营企业：董事长兼总经理', { exact: true }).check();
    await tool(page).getByLabel('制造与销售一体化', { exact: true }).check();
    await tool(page).getByLabel('按单生产', { exact: true }).check();
    await tool(page).getByLabel('服装', { exact: true }).check();
    await tool(page).getByLabel('财务软件', { exact: true }).check();
    await tool(page).getByLabel('进销存软件', { exact: true }).check();
    await tool(page)
      .getByRole('group', { name: '有没有分公司、办事处、外地仓库或多个工厂？' })
      .getByLabel('有', { exact: true })
      .check();
    await tool(page).getByLabel('有计划', { exact: true }).check();

    const status = page.locator('.pb-q-status[aria-live="polite"]');
    await expect.poll(() => status.textContent()).toContain('结论：不跟进');
    expect(await verdict(page)).toBe('do-not-pursue');
    const reason = page.locator('[data-reason="pharmaceutical-apparel-manufacturer"]');
    expect(await reason.textContent()).toContain('医药或服装类的制造与销售一体化企业：坚决不发展');
    expect(await reason.locator('a').getAttribute('href')).toBe('#business');
    expect(await page.locator('[data-gap]').count()).toBe(0);
    expect(await page.locator('.pb-q-budget').textContent()).toContain('45–75 万元（450,000–750,000 元）');

    await page.reload();
    await expect.poll(() => verdict(page)).toBe('do-not-pursue');
    expect(await tool(page).getByLabel('人员规模', { exact: true }).inputValue()).toBe('300');
    expect(await tool(page).getByLabel('上一年度销售额', { exact: true }).inputValue()).toBe('12000');
    expect(await tool(page).getByLabel('年毛利', { exact: true }).inputValue()).toBe('1500');
    for (const label of [
      '私营企业：董事长兼总经理',
      '制造与销售一体化',
      '按单生产',
      '服装',
      '财务软件',
      '进销存软件',
      '有计划',
    ]) {
      expect(await tool(page).getByLabel(label, { exact: true }).isChecked(), label).toBe(true);
    }
    expect(
      await tool(page)
        .getByRole('group', { name: '有没有分公司、办事处、外地仓库或多个工厂？' })
        .getByLabel('有', { exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await tool(page).getByLabel('组装式制造', { exact: true }).isChecked()).toBe(false);
    expect(await page.locator('[data-reason="pharmaceutical-apparel-manufacturer"]').textContent()).toContain(
      '服装类的制造与销售一体化企业',
    );
    expect(
      await tool(page).getByLabel('当前交易', { exact: true }).locator('option:checked').textContent(),
    ).toBe('服装厂 · 某服装有限公司');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works on the English page, and the reason link reaches its section', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/prospecting/`);
    await createDealThroughUi(tool(page), 'en', 'Apparel', 'Garment Co');
    await tool(page).getByLabel('Manufacture-and-sell', { exact: true }).check();
    await tool(page).getByLabel('Apparel', { exact: true }).check();
    await expect.poll(() => page.locator('.pb-q-status').textContent()).toContain('Verdict: Do not pursue');
    expect(await page.locator('[data-reason="pharmaceutical-apparel-manufacturer"]').textContent()).toContain(
      'A pharmaceutical or apparel manufacture-and-sell company: firmly not pursued.',
    );
    // Unanswered factors are gaps, not passes.
    expect(await page.locator('[data-gap]').count()).toBe(7);

    await page.reload();
    await expect.poll(() => tool(page).getByLabel('Apparel', { exact: true }).isChecked()).toBe(true);
    expect(await tool(page).getByLabel('Manufacture-and-sell', { exact: true }).isChecked()).toBe(true);
    await page.locator('[data-reason="pharmaceutical-apparel-manufacturer"] a').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#business');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/en/process/prospecting/`);
    await createDealThroughUi(tool(page), 'en', 'Phone');
    await tool(page).getByLabel('Headcount', { exact: true }).fill('19');
    await page.locator('.pb-q-status').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows the full worksheet without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/process/prospecting/`);
    const fallback = page.locator('[data-tool="qualification"] .pb-tool-fallback');
    expect(await fallback.locator('.pb-q-factor').count()).toBe(6);
    const textContent = (await fallback.textContent()) ?? '';
    for (const words of [
      '人员规模',
      '服装',
      '刚刚完成改制',
      '≥ 20 人',
      '≥ 50 人',
      '≥ 2000 万元',
      '≥ 300 万元',
      '3–5%',
    ]) {
      expect(textContent).toContain(words);
    }
    await context.close();
  });
});
