import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { createDealOnBoard } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';
import { storedRecords } from '../support/stored-deals.ts';

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });

test.describe('deal board, end to end', () => {
  test.use({ acceptDownloads: true });

  test('creates two deals, fills one, reloads, switches, exports, clears storage, imports, and finds everything as it was', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/en/deals/');

    // A new rep: the empty board says what to do.
    await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();
    await createDealOnBoard(page, 'Tile distribution ERP', 'Huajian Building Materials');
    await createDealOnBoard(page, 'MRP rollout', 'Jingchuang Electronics');
    await expect(page.getByRole('rowheader')).toHaveCount(2);

    // Fill the current deal through its stage 7 tool, reached from the board's stage links.
    await page.getByRole('link', { name: 'Stage 7 · Implementation' }).click();
    await expect(page).toHaveURL('/en/process/implementation/#tool');
    await page.getByLabel('Payment collected and software installed').check();
    await page.getByLabel('Date').first().fill('2026-11-20');
    await expect(page.locator('.pb-summary')).toContainText('1 of 4 steps done');

    await page.reload();
    await expect(page.getByLabel('Payment collected and software installed')).toBeChecked();
    await expect(page.getByLabel('Date').first()).toHaveValue('2026-11-20');

    // Switch to the other deal on the board: the tool shows that deal's (empty) answers.
    await page.goto('/en/deals/');
    // Issue 15: one step of stage 7 meets no stage's gate.
    await expect(row(page, 'MRP rollout').getByRole('cell').first()).toHaveText('No stage done yet');
    await row(page, 'Tile distribution ERP')
      .getByRole('button', { name: 'Make current Tile distribution ERP' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Current deal: Tile distribution ERP · Huajian Building Materials' }),
    ).toBeVisible();
    await page.goto('/en/process/implementation/');
    await expect(page.getByLabel('Current deal').locator('option:checked')).toHaveText(
      'Tile distribution ERP · Huajian Building Materials',
    );
    await expect(page.getByLabel('Payment collected and software installed')).not.toBeChecked();

    // Export everything.
    await page.goto('/en/deals/');
    await expect(page.getByRole('rowheader')).toHaveCount(2);
    const before = await storedRecords(page);
    expect(Object.keys(before)).toHaveLength(2);
    const backup = page.getByRole('region', { name: 'Backup: export and import' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      backup.getByRole('button', { name: 'Export all deals' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sales-playbook-deals-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'board-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; deals: { name: string }[] };
    expect(exported.format).toBe('sales-playbook-deals');
    expect(exported.deals.map((d) => d.name).sort()).toEqual(['MRP rollout', 'Tile distribution ERP']);
    await expect(page.getByText(/^Last export:/)).toBeVisible();

    // The rep clears the site's data: the board is empty.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();

    // Import the file through the file picker.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import from file…' }).click(),
    ]);
    await chooser.setFiles(file);
    const review = page.getByRole('region', { name: /^Import “/ });
    const plan = review.getByRole('listitem');
    await expect(plan).toHaveCount(2);
    expect((await plan.allTextContents()).toSorted()).toEqual([
      'MRP rollout · Jingchuang Electronics — Will be added',
      'Tile distribution ERP · Huajian Building Materials — Will be added',
    ]);
    await review.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Import done: 2 added, 0 replaced, 0 kept as they were.')).toBeVisible();

    // Everything as it was: the stored deals, the board, and the tool.
    expect(await storedRecords(page)).toEqual(before);
    await expect(row(page, 'MRP rollout')).toContainText('Jingchuang Electronics');
    // Issue 15: its one step of stage 7 meets no stage's gate, before the export and after the import.
    await expect(row(page, 'MRP rollout')).toContainText('No stage done yet');
    await expect(row(page, 'Tile distribution ERP')).toContainText('Huajian Building Materials');
    // The import opened one of its deals (the board had none open); make sure it is this one.
    const openMrp = page.getByRole('button', { name: 'Make current MRP rollout' });
    if ((await openMrp.count()) > 0) await openMrp.click();
    await expect(
      page.getByRole('heading', { name: 'Current deal: MRP rollout · Jingchuang Electronics' }),
    ).toBeVisible();
    await page.goto('/en/process/implementation/');
    await expect(page.getByLabel('Payment collected and software installed')).toBeChecked();
    await expect(page.getByLabel('Date').first()).toHaveValue('2026-11-20');
    expect(pageErrors).toEqual([]);
  });

  test('deletes a deal and brings it back with undo, however long the rep takes', async ({
    page,
    pageErrors,
  }) => {
    // The page's timers run on a clock the test moves: no real time passes.
    await page.clock.install();
    await page.goto('/deals/');
    await page.getByLabel('交易名称').fill('瓷砖分销 ERP');
    await page.getByLabel('客户名称').fill('华建建材');
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await page.getByRole('button', { name: '删除 瓷砖分销 ERP' }).click();
    const toast = page.locator('[aria-live="polite"]', { hasText: '已删除“瓷砖分销 ERP”。' });
    await expect(toast).toBeVisible();
    // The undo button has the focus, so a keyboard user can undo at once.
    await expect(toast.getByRole('button', { name: '撤销' })).toBeFocused();
    // No timer takes the undo away: it is still there ten minutes later.
    await page.clock.runFor('10:00');
    await expect(toast.getByRole('button', { name: '撤销' })).toBeVisible();
    await toast.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByRole('rowheader', { name: /瓷砖分销 ERP/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('rowheader', { name: /瓷砖分销 ERP/ })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${theme} theme)`, () => {
    test.use({ theme });
    test('has no axe violations: empty, with deals, a toast and an import review', async ({ page }) => {
      await page.goto('/en/deals/');
      await expect(page.getByRole('heading', { name: 'No deals yet' })).toBeVisible();
      const scan = () => axeViolations(page, '.pb-board');
      expect(await scan()).toEqual([]);

      await createDealOnBoard(page, 'First deal', 'Huajian');
      await createDealOnBoard(page, 'Second deal', 'Jingchuang');
      await page.getByRole('button', { name: 'Delete First deal' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      expect(await scan()).toEqual([]);

      const file = join(mkdtempSync(join(tmpdir(), 'board-')), 'one.json');
      const deal = Object.values(await storedRecords(page))[0] as { deal: { notes: string } };
      // Changed since (an identical deal would be skipped without asking).
      const edited = { ...deal.deal, notes: 'Edited in the file' };
      writeFileSync(
        file,
        JSON.stringify({ format: 'sales-playbook-deals', version: 1, exportedAt: '', deals: [edited] }),
      );
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import from file…' }).click(),
      ]);
      await chooser.setFiles(file);
      await page.getByRole('radio', { name: 'Replace it with the file’s version' }).check();
      expect(await scan()).toEqual([]);
    });
  });
}

test.describe('with site storage blocked', () => {
  test.use({ storage: 'blocked' });

  for (const [path, message] of [
    ['/deals/', '浏览器禁止本网站保存数据'],
    ['/en/deals/', 'does not let this site store data'],
    ['/process/implementation/', '浏览器禁止本网站保存数据'],
    ['/en/process/implementation/', 'does not let this site store data'],
    // A bare Starlight page: only its own theme scripts touch storage.
    ['/en/glossary/', null],
  ] as const) {
    test(`${path} loads without page errors and, where deals are used, says nothing will be kept`, async ({
      page,
      pageErrors,
    }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      if (message !== null) await expect(page.getByText(message).first()).toBeVisible();
      // Starlight's theme still works: the theme picker switches the page's theme.
      await page.locator('starlight-theme-select select').first().selectOption('light');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(pageErrors).toEqual([]);
    });
  }

  test('the board works in memory: a deal can be created and opened', async ({ page, pageErrors }) => {
    await page.goto('/en/deals/');
    await createDealOnBoard(page, 'Memory deal', 'Nowhere Ltd');
    await expect(page.getByText(/Export your deals before you close or reload this page/)).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Memory deal/ })).toHaveCount(1);
    expect(pageErrors).toEqual([]);
  });
});
