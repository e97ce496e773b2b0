import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

const attendee = (page: Page, n: number) => page.getByRole('group', { name: `Attendee ${n}`, exact: true });

async function addAttendee(page: Page, n: number, name: string, role: string) {
  await page.getByRole('button', { name: 'Add attendee' }).click();
  const group = attendee(page, n);
  await group.getByLabel('Name', { exact: true }).fill(name);
  await group.getByLabel('Role', { exact: true }).selectOption(role);
  return group;
}

test.describe('demo preparation', () => {
  test('fills a new deal’s demo, adds and removes attendees, and finds every answer after a reload', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/en/process/demo/');
    await createDealThroughUi(page, 'en', 'Warehouse system', 'Huajian Building Materials');

    await page.getByRole('checkbox', { name: 'Demo hardware ready', exact: true }).check();
    await page.getByRole('textbox', { name: 'Note Demo hardware ready' }).fill('spare laptop, offline demo');
    await page.getByRole('checkbox', { name: 'The pain reopened', exact: true }).check();

    const wang = await addAttendee(page, 1, 'Mr Wang', 'general-manager');
    await wang.getByLabel('Decision-maker').check();
    await expect(wang).toContainText('Management reports, bad-debt and stock risk');
    await addAttendee(page, 2, 'Ms Li', 'chief-accountant');
    await page.getByRole('button', { name: 'Remove Mr Wang' }).click();
    await expect(page.getByRole('group', { name: /^Attendee \d$/ })).toHaveCount(1);
    const zhao = await addAttendee(page, 2, 'Mr Zhao', 'cio');
    await zhao.getByLabel('What they care about most').fill('data backup');

    await page.getByLabel('A) Money saved per year, in 万元 (RMB 10,000)').fill('7');
    await page.getByLabel('B) Money made per year, in 万元 (RMB 10,000)').fill('7.5');
    await page.getByLabel('Demo date').fill('2026-05-20');
    await page.getByLabel('Demo outcome').selectOption('successful');
    const summary = page.locator('.pb-summary');
    await expect(summary).toContainText('Total about RMB 145,000 (14.5万) a year');
    await expect(summary).toContainText('Demo outcome: Successful');

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Demo hardware ready', exact: true })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Note Demo hardware ready' })).toHaveValue(
      'spare laptop, offline demo',
    );
    await expect(page.getByRole('checkbox', { name: 'The pain reopened', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: /^Attendee \d$/ })).toHaveCount(2);
    await expect(attendee(page, 1).getByLabel('Name', { exact: true })).toHaveValue('Ms Li');
    await expect(attendee(page, 1).getByLabel('Role', { exact: true })).toHaveValue('chief-accountant');
    await expect(attendee(page, 2).getByLabel('Name', { exact: true })).toHaveValue('Mr Zhao');
    await expect(attendee(page, 2).getByLabel('Role', { exact: true })).toHaveValue('cio');
    await expect(attendee(page, 2).getByLabel('What they care about most')).toHaveValue('data backup');
    const names = page.locator('.pb-demo-person input[id$="-name"]');
    await expect(names).toHaveCount(2);
    await expect(names.nth(0)).toHaveValue('Ms Li');
    await expect(names.nth(1)).toHaveValue('Mr Zhao');
    await expect(page.getByRole('button', { name: 'Remove Mr Wang' })).toHaveCount(0);
    await expect(page.getByLabel('A) Money saved per year, in 万元 (RMB 10,000)')).toHaveValue('7');
    await expect(page.getByLabel('B) Money made per year, in 万元 (RMB 10,000)')).toHaveValue('7.5');
    await expect(page.getByLabel('Demo date')).toHaveValue('2026-05-20');
    await expect(page.getByLabel('Demo outcome')).toHaveValue('successful');
    await expect(summary).toContainText('Total about RMB 145,000 (14.5万) a year');
    await expect(page.getByLabel('Current deal').locator('option:checked')).toHaveText(
      'Warehouse system · Huajian Building Materials',
    );

    // The same deal on the Chinese page: the answers follow the deal, in the other language.
    await page.goto('/process/demo/');
    await expect(page.getByRole('checkbox', { name: '演示硬件已准备好', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: '出席人员 1', exact: true }).getByLabel('姓名')).toHaveValue(
      'Ms Li',
    );
    await expect(page.locator('.pb-summary')).toContainText('演示结果：成功');
    expect(pageErrors).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the eight parts, each linked to its section', async ({ page }) => {
      await page.goto('/process/demo/');
      const parts = page.locator('.pb-tool-fallback h3 a');
      const sections = [
        '#prepare',
        '#flow',
        '#excellence',
        '#specialist',
        '#value',
        '#wrap-up',
        '#worth',
        '#weaknesses',
      ];
      await expect(parts).toHaveCount(sections.length);
      for (const [i, href] of sections.entries()) await expect(parts.nth(i)).toHaveAttribute('href', href);
      await expect(page.locator('.pb-tool-fallback')).toContainText('演示硬件已准备好');
    });
  });
});
