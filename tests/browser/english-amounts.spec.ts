// Generated text on English pages writes amounts in RMB with the 万 figure a rep will hear
// beside it, and keeps the English beside a Chinese term; Chinese pages keep 万元.
import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

const tool = (page: Page) => page.locator('[data-tool="qualification"]');

test.describe('amounts in generated text', () => {
  test('English: the verdict, the IT budget and the stated rules read RMB with 万 beside', async ({
    page,
  }) => {
    await page.goto('/en/process/prospecting/');
    await createDealThroughUi(tool(page), 'en', 'Amounts', 'Amounts Co.');
    await tool(page).getByLabel("Last year's revenue", { exact: true }).fill('12000');
    await tool(page).getByLabel('Annual gross profit', { exact: true }).fill('150');
    await expect(tool(page).locator('[data-reason="revenue"]')).toContainText(
      "Last year's revenue RMB 120 million (12000万): meets the RMB 20 million (2000万) line.",
    );
    await expect(tool(page).locator('[data-reason="gross-profit"]')).toContainText(
      'Annual gross profit RMB 1.5 million (150万): below the RMB 3 million (300万) line.',
    );
    await expect(page.locator('.pb-q-budget')).toContainText('RMB 45,000 (4.5万) to RMB 75,000 (7.5万)');
    await tool(page).getByLabel('Finance software', { exact: true }).check();
    await expect(tool(page)).toContainText('start with purchase-sales-inventory (进销存) software');
    await expect(page.locator('main')).toContainText(
      "Last year's revenue: RMB 20 million (2000万) or more for every kind of business.",
    );
    // No bare 万 figure anywhere in the tool's generated text.
    await expect(tool(page).locator('.pb-tool-live')).not.toContainText(/\d万(?!\))/);
  });

  test('Chinese: the same verdict keeps 万元', async ({ page }) => {
    await page.goto('/process/prospecting/');
    await createDealThroughUi(tool(page), 'zh', '金额', '金额公司');
    await tool(page).getByLabel('上一年度销售额', { exact: true }).fill('12000');
    await expect(tool(page).locator('[data-reason="revenue"]')).toContainText('12000 万元');
    await expect(tool(page).locator('[data-reason="revenue"]')).not.toContainText('RMB');
  });
});
