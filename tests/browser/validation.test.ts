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

describe('opportunity validation', () => {
  it('in English: saves answers, people and budget, warns while the budget is below our price without a plan, and finds every answer after a reload', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/validation/`);
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
    await expect
      .poll(() => priceCheck.textContent())
      .toContain('The budget is 3 万元 below our expected price: a persuasion plan is needed.');
    expect(await priceCheck.textContent()).toContain('The persuasion plan is still empty.');
    expect(await priceCheck.getAttribute('aria-live')).toBe('polite');
    const summary = tool(page).locator('.pb-summary');
    expect(await summary.textContent()).toContain(
      'Confirmed 1 · Assumed 1 · Not marked 1 · Unanswered 10 (of 13)',
    );
    expect(await summary.textContent()).toMatch(/Still empty: Persuasion plan/);

    await page
      .getByLabel('Persuasion plan', { exact: true })
      .fill('Phase one within budget; production modules next year');
    await expect.poll(() => priceCheck.textContent()).toContain('A persuasion plan is recorded.');

    await page.reload();
    await expect
      .poll(() =>
        question(page, questions[0]!.name)
          .getByRole('textbox', { name: /Answer$/ })
          .inputValue(),
      )
      .toBe(questions[0]!.answer);
    for (const q of questions) {
      const group = question(page, q.name);
      expect(await group.getByRole('textbox', { name: /Answer$/ }).inputValue()).toBe(q.answer);
      expect(await group.getByLabel(q.status || 'Not marked', { exact: true }).isChecked()).toBe(true);
      expect(await group.getByLabel('Source (who said it)').inputValue()).toBe(q.source);
    }
    for (const [label, value] of people)
      expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
    expect(await page.getByLabel('Project budget (万元)', { exact: true }).inputValue()).toBe('8');
    expect(await page.getByLabel('Our expected price (万元)', { exact: true }).inputValue()).toBe('11');
    expect(await page.getByLabel('Persuasion plan', { exact: true }).inputValue()).toBe(
      'Phase one within budget; production modules next year',
    );
    expect(await priceCheck.textContent()).toContain('A persuasion plan is recorded.');
    expect(await tool(page).textContent()).toContain(
      "This deal's qualification scorecard has no gross profit yet",
    );
    expect(
      await tool(page)
        .getByRole('link', { name: 'Fill in the qualification scorecard' })
        .getAttribute('href'),
    ).toBe('/en/process/prospecting/#tool');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in Chinese: warns that the budget is below our price until a plan is written', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/process/validation/`);
    await createDealThroughUi(page, 'zh', '精创电子 ERP');
    await page.getByLabel('项目预算（万元）').fill('8');
    await page.getByLabel('我们的预期成交价格（万元）').fill('11');
    await expect
      .poll(() => tool(page).textContent())
      .toContain('预算比我们的预期价格低 3 万元：需要说服方案。');
    expect(await tool(page).textContent()).toContain('说服方案还是空的。');
    await page.close();
  });

  it('shows the thirteen questions without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/process/validation/`);
    const items = page.locator('.pb-tool-fallback li');
    expect(await items.count()).toBe(13);
    expect(await items.nth(2).textContent()).toContain('内线');
    await context.close();
  });
});
