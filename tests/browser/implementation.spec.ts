import chrome from '../../content/tool-chrome.json' with { type: 'json' };
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

test.describe('implementation checklist', () => {
  test('saves a step into a new deal and finds it after a reload', async ({ page, pageErrors }) => {
    await page.goto('/en/process/implementation/');
    await createDealThroughUi(page, 'en', 'ERP rollout', 'Jingchuang Electronics');
    await page.getByLabel('Payment collected and software installed').check();
    await page.getByLabel('Date').first().fill('2026-11-20');
    await expect(page.locator('.pb-summary')).toContainText('1 of 4 steps done');

    await page.reload();
    await expect(page.getByLabel('Payment collected and software installed')).toBeChecked();
    await expect(page.getByLabel('Date').first()).toHaveValue('2026-11-20');
    await expect(page.getByLabel('Current deal').locator('option:checked')).toHaveText(
      'ERP rollout · Jingchuang Electronics',
    );
    expect(pageErrors).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the full list', async ({ page }) => {
      await page.goto('/process/implementation/');
      const items = page.locator('.pb-tool-fallback li');
      await expect(items).toHaveCount(4);
      await expect(items.first()).toContainText('收款并安装软件');
    });
  });

  test.describe('with the storage quota full', () => {
    test('keeps what the rep ticked on the page, says it is not saved, and saves once space is freed', async ({
      freshDeal: page,
      fillQuota,
      pageErrors,
    }) => {
      const step = page.getByLabel('Payment collected and software installed');
      const freeSpace = await fillQuota();
      await step.check();
      await expect(page.getByText(chrome.en.notSavedQuota)).toBeVisible();
      await expect(step).toBeChecked();

      await freeSpace();
      await page.getByLabel('Date').first().fill('2026-11-20');
      await expect(page.getByText(chrome.en.notSavedQuota)).toHaveCount(0);
      await page.reload();
      await expect(step).toBeChecked();
      await expect(page.getByLabel('Date').first()).toHaveValue('2026-11-20');
      expect(pageErrors.filter((e) => !/quota/i.test(e))).toEqual([]);
    });
  });
});
