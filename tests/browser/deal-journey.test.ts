/**
 * One deal through the tools, as a rep works it: the board's row sums up what
 * the scorecard, the event picker and the close gate recorded, in both languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import close from '../../content/tools/close.json';
import { collectErrors, createDealThroughUi, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const row = (page: Page) => page.locator('.pb-board-row').first();
const cell = (page: Page, label: string) => row(page).locator(`td[data-label="${label}"]`);

describe('a deal through the tools', () => {
  it('shows the scorecard verdict, the events picked and close readiness on the board', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);

    await page.goto(`${base}/en/process/prospecting/`);
    const scorecard = page.locator('[data-tool="qualification"]');
    await createDealThroughUi(scorecard, 'en', 'Uniform line ERP', 'Apparel Co.');
    await scorecard.getByLabel('Manufacture-and-sell', { exact: true }).check();
    await scorecard.getByLabel('Apparel', { exact: true }).check();

    await page.goto(`${base}/en/process/compelling-events/`);
    const picker = page.locator('[data-tool="events"]');
    await picker.getByRole('checkbox', { name: '1. Fast growth', exact: true }).check();
    await picker.getByRole('checkbox', { name: '6. No complete customer database', exact: true }).check();

    await page.goto(`${base}/en/process/close-readiness/`);
    for (const item of close.items) {
      await page.getByRole('checkbox', { name: item.label.en, exact: true }).check();
      await page.getByRole('textbox', { name: `Evidence ${item.label.en}` }).fill(`Seen: ${item.id}`);
    }

    await page.goto(`${base}/en/deals/`);
    await expect.poll(() => cell(page, 'Qualification').textContent()).toBe('Do not pursue');
    expect(await cell(page, 'Compelling events').textContent()).toBe('2 picked');
    // Issue 15: six of six hold, but the earlier tools disagree; and a hard stop meets no stage's gate.
    expect(await cell(page, 'Close readiness').textContent()).toBe(
      '6/6 hold3 conflict(s) with earlier answers',
    );
    expect(await cell(page, 'Stage reached').textContent()).toBe('No stage done yet');

    // The same deal, read on the Chinese board.
    await page.goto(`${base}/deals/`);
    await expect.poll(() => cell(page, '资格结论').textContent()).toBe('不跟进');
    expect(errors).toEqual([]);
    await page.close();
  });
});
