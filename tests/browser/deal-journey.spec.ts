/**
 * One deal through the tools, as a rep works it: the board's row sums up what
 * the scorecard, the event picker and the close gate recorded, in both languages.
 */
import type { Page } from '@playwright/test';
import close from '../../content/tools/close.json' with { type: 'json' };
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

const row = (page: Page) => page.locator('.pb-board-row').first();
const cell = (page: Page, label: string) => row(page).locator(`td[data-label="${label}"]`);

test('a deal through the tools shows the scorecard verdict, the events picked and close readiness on the board', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/en/process/prospecting/');
  const scorecard = page.locator('[data-tool="qualification"]');
  await createDealThroughUi(scorecard, 'en', 'Uniform line ERP', 'Apparel Co.');
  await scorecard.getByLabel('Manufacture-and-sell', { exact: true }).check();
  await scorecard.getByLabel('Apparel', { exact: true }).check();

  await page.goto('/en/process/compelling-events/');
  const picker = page.locator('[data-tool="events"]');
  await picker.getByRole('checkbox', { name: '1. Fast growth', exact: true }).check();
  await picker.getByRole('checkbox', { name: '6. No complete customer database', exact: true }).check();

  await page.goto('/en/process/close-readiness/');
  for (const item of close.items) {
    await page.getByRole('checkbox', { name: item.label.en, exact: true }).check();
    await page.getByRole('textbox', { name: `Evidence ${item.label.en}` }).fill(`Seen: ${item.id}`);
  }

  await page.goto('/en/deals/');
  await expect(cell(page, 'Qualification')).toHaveText('Do not pursue');
  await expect(cell(page, 'Compelling events')).toHaveText('2 picked');
  // Issue 15: six of six hold, but the earlier tools disagree; and a hard stop meets no stage's gate.
  await expect(cell(page, 'Close readiness')).toHaveText('6/6 hold3 conflict(s) with earlier answers');
  await expect(cell(page, 'Stage reached')).toHaveText('No stage done yet');

  // The same deal, read on the Chinese board.
  await page.goto('/deals/');
  await expect(cell(page, '资格结论')).toHaveText('不跟进');
  expect(pageErrors).toEqual([]);
});
