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

const attendee = (page: Page, n: number) => page.getByRole('group', { name: `Attendee ${n}`, exact: true });

async function addAttendee(page: Page, n: number, name: string, role: string) {
  await page.getByRole('button', { name: 'Add attendee' }).click();
  const group = attendee(page, n);
  await group.getByLabel('Name', { exact: true }).fill(name);
  await group.getByLabel('Role', { exact: true }).selectOption(role);
  return group;
}

describe('demo preparation', () => {
  it('fills a new deal’s demo, adds and removes attendees, and finds every answer after a reload', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/demo/`);
    await createDealThroughUi(page, 'en', 'Warehouse system', 'Huajian Building Materials');

    await page.getByRole('checkbox', { name: 'Demo hardware ready', exact: true }).check();
    await page.getByRole('textbox', { name: 'Note Demo hardware ready' }).fill('spare laptop, offline demo');
    await page.getByRole('checkbox', { name: 'The pain reopened', exact: true }).check();

    const wang = await addAttendee(page, 1, 'Mr Wang', 'general-manager');
    await wang.getByLabel('Decision-maker').check();
    await expect.poll(() => wang.textContent()).toContain('Management reports, bad-debt and stock risk');
    await addAttendee(page, 2, 'Ms Li', 'chief-accountant');
    await page.getByRole('button', { name: 'Remove Mr Wang' }).click();
    await expect.poll(() => page.getByRole('group', { name: /^Attendee \d$/ }).count()).toBe(1);
    const zhao = await addAttendee(page, 2, 'Mr Zhao', 'cio');
    await zhao.getByLabel('What they care about most').fill('data backup');

    await page.getByLabel('A) Money saved per year, in 万元 (RMB 10,000)').fill('7');
    await page.getByLabel('B) Money made per year, in 万元 (RMB 10,000)').fill('7.5');
    await page.getByLabel('Demo date').fill('2026-05-20');
    await page.getByLabel('Demo outcome').selectOption('successful');
    const summary = page.locator('.pb-summary');
    await expect.poll(() => summary.textContent()).toContain('Total about 14.5万元 a year (RMB 145,000)');
    await expect.poll(() => summary.textContent()).toContain('Demo outcome: Successful');

    await page.reload();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Demo hardware ready', exact: true }).isChecked())
      .toBe(true);
    expect(await page.getByRole('textbox', { name: 'Note Demo hardware ready' }).inputValue()).toBe(
      'spare laptop, offline demo',
    );
    expect(await page.getByRole('checkbox', { name: 'The pain reopened', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('group', { name: /^Attendee \d$/ }).count()).toBe(2);
    expect(await attendee(page, 1).getByLabel('Name', { exact: true }).inputValue()).toBe('Ms Li');
    expect(await attendee(page, 1).getByLabel('Role', { exact: true }).inputValue()).toBe('chief-accountant');
    expect(await attendee(page, 2).getByLabel('Name', { exact: true }).inputValue()).toBe('Mr Zhao');
    expect(await attendee(page, 2).getByLabel('Role', { exact: true }).inputValue()).toBe('cio');
    expect(await attendee(page, 2).getByLabel('What they care about most').inputValue()).toBe('data backup');
    expect(
      await page
        .locator('.pb-demo-person input[id$="-name"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['Ms Li', 'Mr Zhao']);
    expect(await page.getByRole('button', { name: 'Remove Mr Wang' }).count()).toBe(0);
    expect(await page.getByLabel('A) Money saved per year, in 万元 (RMB 10,000)').inputValue()).toBe('7');
    expect(await page.getByLabel('B) Money made per year, in 万元 (RMB 10,000)').inputValue()).toBe('7.5');
    expect(await page.getByLabel('Demo date').inputValue()).toBe('2026-05-20');
    expect(await page.getByLabel('Demo outcome').inputValue()).toBe('successful');
    expect(await summary.textContent()).toContain('Total about 14.5万元 a year (RMB 145,000)');
    expect(await page.getByLabel('Current deal').locator('option:checked').textContent()).toBe(
      'Warehouse system · Huajian Building Materials',
    );

    // The same deal on the Chinese page: the answers follow the deal, in the other language.
    await page.goto(`${base}/process/demo/`);
    await expect
      .poll(() => page.getByRole('checkbox', { name: '演示硬件已准备好', exact: true }).isChecked())
      .toBe(true);
    expect(
      await page.getByRole('group', { name: '出席人员 1', exact: true }).getByLabel('姓名').inputValue(),
    ).toBe('Ms Li');
    expect(await page.locator('.pb-summary').textContent()).toContain('演示结果：成功');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the eight parts without JavaScript, each linked to its section', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/process/demo/`);
    const parts = page.locator('.pb-tool-fallback h3 a');
    expect(await parts.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#prepare',
      '#flow',
      '#excellence',
      '#specialist',
      '#value',
      '#wrap-up',
      '#worth',
      '#weaknesses',
    ]);
    expect(await page.locator('.pb-tool-fallback').textContent()).toContain('演示硬件已准备好');
    await context.close();
  });
});
