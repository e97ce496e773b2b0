import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

const tool = (page: Page) => page.locator('.pb-tool[data-tool="validation"]');
const question = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

const questions = [
  {
    name: '1. What does the customer require?',
    answer: '进销存 + receivables, 8 clerks, 3 warehouses',
    status: 'Confirmed',
    source: 'Mr Wang',
  },
  {
    name: '2. Key problems and goals',
    answer: 'Month-end reconciliation takes a week',
    status: 'Assumed',
    source: '',
  },
  { name: '13. The budgeting process', answer: 'Mr Wang alone signs off', status: '', source: 'Chen' },
];
const people: [string, string][] = [
  ['Sponsor', 'Mr Wang'],
  ['Contact', 'Xiao Liu'],
  ['Participants', 'Sales manager, chief accountant, two warehouse supervisors'],
  ['Decision-maker', 'Mr Wang'],
  ['Inside champion (内线)', 'Chen'],
  ['Supporters', 'Warehouse supervisors'],
  ['Budget flexibility', 'Open to discussion if it is good'],
  ['How the budget was worked out', 'The owner set a figure'],
];

test.describe('opportunity validation', () => {
  test('in English: saves answers, people and budget, warns while the budget is below our price without a plan, and finds every answer after a reload', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/en/process/validation/');
    await createDealThroughUi(page, 'en', 'Warehouse system', 'Huajian Building Materials');

    for (const q of questions) {
      const group = question(page, q.name);
      await group.getByRole('textbox', { name: /Answer$/ }).fill(q.answer);
      if (q.status) await group.getByLabel(q.status, { exact: true }).check();
      if (q.source) await group.getByLabel('Source (who said it)').fill(q.source);
    }
    for (const [label, value] of people) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Project budget (万元)', { exact: true }).fill('8');
    await page.getByLabel('Our expected price (万元)', { exact: true }).fill('11');

    const priceCheck = question(page, '12. When the budget is below our price').locator('.pb-val-check');
    await expect(priceCheck).toContainText(
      'The budget is RMB 30,000 (3万) below our expected price: a persuasion plan is needed.',
    );
    await expect(priceCheck).toContainText('The persuasion plan is still empty.');
    await expect(priceCheck).toHaveAttribute('aria-live', 'polite');
    const summary = tool(page).locator('.pb-summary');
    await expect(summary).toContainText('Confirmed 1 · Assumed 1 · Not marked 1 · Unanswered 10 (of 13)');
    await expect(summary).toContainText(/Still empty: Persuasion plan/);

    await page
      .getByLabel('Persuasion plan', { exact: true })
      .fill('Phase one within budget; production modules next year');
    await expect(priceCheck).toContainText('A persuasion plan is recorded.');

    await page.reload();
    for (const q of questions) {
      const group = question(page, q.name);
      await expect(group.getByRole('textbox', { name: /Answer$/ })).toHaveValue(q.answer);
      await expect(group.getByLabel(q.status || 'Not marked', { exact: true })).toBeChecked();
      await expect(group.getByLabel('Source (who said it)')).toHaveValue(q.source);
    }
    for (const [label, value] of people)
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
    await expect(page.getByLabel('Project budget (万元)', { exact: true })).toHaveValue('8');
    await expect(page.getByLabel('Our expected price (万元)', { exact: true })).toHaveValue('11');
    await expect(page.getByLabel('Persuasion plan', { exact: true })).toHaveValue(
      'Phase one within budget; production modules next year',
    );
    await expect(priceCheck).toContainText('A persuasion plan is recorded.');
    await expect(tool(page)).toContainText("This deal's qualification scorecard has no gross profit yet");
    await expect(
      tool(page).getByRole('link', { name: 'Fill in the qualification scorecard' }),
    ).toHaveAttribute('href', '/en/process/prospecting/#tool');
    expect(pageErrors).toEqual([]);
  });

  test('in Chinese: warns that the budget is below our price until a plan is written', async ({ page }) => {
    await page.goto('/process/validation/');
    await createDealThroughUi(page, 'zh', '精创电子 ERP');
    await page.getByLabel('项目预算（万元）').fill('8');
    await page.getByLabel('我们的预期成交价格（万元）').fill('11');
    await expect(tool(page)).toContainText('预算比我们的预期价格低 3 万元：需要说服方案。');
    await expect(tool(page)).toContainText('说服方案还是空的。');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the thirteen questions', async ({ page }) => {
      await page.goto('/process/validation/');
      const items = page.locator('.pb-tool-fallback li');
      await expect(items).toHaveCount(13);
      await expect(items.nth(2)).toContainText('内线');
    });
  });
});
