import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

/** The scorecard: labels elsewhere on the page (the exit-criteria checkboxes) say some of the same words. */
const tool = (page: Page) => page.locator('[data-tool="qualification"]');
const verdict = (page: Page) => page.locator('.pb-q-status [data-verdict]');

test.describe('qualification scorecard', () => {
  test('an apparel manufacturer is "do not pursue" with its reason, and every answer survives a reload (Chinese)', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/process/prospecting/');
    await createDealThroughUi(tool(page), 'zh', '服装厂', '某服装有限公司');

    await tool(page).getByLabel('人员规模', { exact: true }).fill('300');
    await tool(page).getByLabel('上一年度销售额', { exact: true }).fill('12000');
    await tool(page).getByLabel('年毛利', { exact: true }).fill('1500');
    const ticked = [
      '私营企业：董事长兼总经理',
      '制造与销售一体化',
      '按单生产',
      '服装',
      '财务软件',
      '进销存软件',
    ];
    for (const label of ticked) await tool(page).getByLabel(label, { exact: true }).check();
    const branches = tool(page)
      .getByRole('group', { name: '有没有分公司、办事处、外地仓库或多个工厂？' })
      .getByLabel('有', { exact: true });
    await branches.check();
    await tool(page).getByLabel('有计划', { exact: true }).check();

    await expect(page.locator('.pb-q-status[aria-live="polite"]')).toContainText('结论：不跟进');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'do-not-pursue');
    const reason = page.locator('[data-reason="pharmaceutical-apparel-manufacturer"]');
    await expect(reason).toContainText('医药或服装类的制造与销售一体化企业：坚决不发展');
    await expect(reason.locator('a')).toHaveAttribute('href', '#business');
    await expect(page.locator('[data-gap]')).toHaveCount(0);
    await expect(page.locator('.pb-q-budget')).toContainText('45–75 万元（450,000–750,000 元）');

    await page.reload();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'do-not-pursue');
    await expect(tool(page).getByLabel('人员规模', { exact: true })).toHaveValue('300');
    await expect(tool(page).getByLabel('上一年度销售额', { exact: true })).toHaveValue('12000');
    await expect(tool(page).getByLabel('年毛利', { exact: true })).toHaveValue('1500');
    for (const label of [...ticked, '有计划'])
      await expect(tool(page).getByLabel(label, { exact: true })).toBeChecked();
    await expect(branches).toBeChecked();
    await expect(tool(page).getByLabel('组装式制造', { exact: true })).not.toBeChecked();
    await expect(page.locator('[data-reason="pharmaceutical-apparel-manufacturer"]')).toContainText(
      '服装类的制造与销售一体化企业',
    );
    await expect(tool(page).getByLabel('当前交易', { exact: true }).locator('option:checked')).toHaveText(
      '服装厂 · 某服装有限公司',
    );
    expect(pageErrors).toEqual([]);
  });

  test('works on the English page, and the reason link reaches its section', async ({ page, pageErrors }) => {
    await page.goto('/en/process/prospecting/');
    await createDealThroughUi(tool(page), 'en', 'Apparel', 'Garment Co');
    await tool(page).getByLabel('Manufacture-and-sell', { exact: true }).check();
    await tool(page).getByLabel('Apparel', { exact: true }).check();
    await expect(page.locator('.pb-q-status')).toContainText('Verdict: Do not pursue');
    await expect(page.locator('[data-reason="pharmaceutical-apparel-manufacturer"]')).toContainText(
      'A pharmaceutical or apparel manufacture-and-sell company: firmly not pursued.',
    );
    // Unanswered factors are gaps, not passes.
    await expect(page.locator('[data-gap]')).toHaveCount(7);

    await page.reload();
    await expect(tool(page).getByLabel('Apparel', { exact: true })).toBeChecked();
    await expect(tool(page).getByLabel('Manufacture-and-sell', { exact: true })).toBeChecked();
    await page.locator('[data-reason="pharmaceutical-apparel-manufacturer"] a').click();
    await expect(page).toHaveURL(/#business$/);
    expect(pageErrors).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('fits the screen without sideways scrolling', async ({ page }) => {
      await page.goto('/en/process/prospecting/');
      await createDealThroughUi(tool(page), 'en', 'Phone');
      await tool(page).getByLabel('Headcount', { exact: true }).fill('19');
      await page.locator('.pb-q-status').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the full worksheet', async ({ page }) => {
      await page.goto('/process/prospecting/');
      const fallback = page.locator('[data-tool="qualification"] .pb-tool-fallback');
      await expect(fallback.locator('.pb-q-factor')).toHaveCount(6);
      for (const words of [
        '人员规模',
        '服装',
        '刚刚完成改制',
        '≥ 20 人',
        '≥ 50 人',
        '≥ 2000 万元',
        '≥ 300 万元',
        '3–5%',
      ])
        await expect(fallback).toContainText(words);
    });
  });
});
