// Stage 7 for a small customer: step 3 (run as a project) marked not applicable, the deal
// completes, the choice survives a reload, and the deal summary for print shows it.
import { expect, test } from '@playwright/test';
import chrome from '../../content/tool-chrome.json' with { type: 'json' };

test('a small customer’s deal completes with step 3 marked not applicable (en)', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('/en/process/implementation/');
  const t = chrome.en;
  await page.getByRole('button', { name: t.newDeal }).click();
  await page.getByLabel(t.dealName, { exact: true }).fill('Finance only');
  await page.getByLabel(t.customer, { exact: true }).fill('Small Trading Co');
  await page.getByRole('button', { name: t.create, exact: true }).click();
  for (const step of [
    'Payment collected and software installed',
    'Business running in the system',
    'Final payment collected, contract closed out',
  ])
    await page.getByLabel(step).check();
  const summary = page.locator('.pb-tool .pb-summary[aria-live]');
  await expect(summary).toContainText('3 of 4 steps done');
  await expect(summary).toContainText('Next: Run as a project');

  await page.getByLabel('Not applicable').check();
  await expect(summary).toContainText('3 of 4 steps done (1 not applicable)');
  await expect(summary).toContainText('Every step that applies is done');
  await expect(page.getByLabel('Run as a project (project-type customers)')).toBeDisabled();

  await page.reload();
  await expect(page.getByLabel('Not applicable')).toBeChecked();
  await expect(summary).toContainText('Every step that applies is done');

  await page.goto('/en/deals/');
  await page.getByRole('button', { name: 'Print summary: Finance only' }).click();
  const stage7 = page.locator('#deal-summary section[data-stage="7"]');
  await expect(stage7).toContainText('3 of 4 steps done');
  await expect(stage7).toContainText('(not applicable: Run as a project (project-type customers))');
  // (The steps were ticked without dates, so stage 7's gate, which asks for them, stays open;
  // tests/board/DealSummary.test.tsx shows a dated small-customer deal done.)
  await expect(stage7).toHaveAttribute('data-state', 'in-progress');
});

test('the printable list offers “not applicable” for step 3 only (zh, no JavaScript)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/process/implementation/');
  const items = page.locator('.pb-tool-fallback .pb-item');
  await expect(items).toHaveCount(4);
  await expect(items.nth(2)).toContainText('不适用');
  for (const i of [0, 1, 3]) await expect(items.nth(i)).not.toContainText('不适用');
  await context.close();
});
