import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every stored deal, by id, as the storage module wrote it. */
function storedDeals(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const deals: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('playbook:deal:')) deals[key] = JSON.parse(localStorage.getItem(key) ?? 'null');
    }
    return deals;
  });
}

async function createDeal(page: Page, name: string, customer: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'New deal' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByLabel('Deal name').fill(name);
  await page.getByLabel('Customer').fill(customer);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('heading', { name: `Current deal: ${name} · ${customer}` }).waitFor();
}

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });

describe('deal board, end to end', () => {
  it('creates two deals, fills one, reloads, switches, exports, clears storage, imports, and finds everything as it was', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/deals/`);

    // A new rep: the empty board says what to do.
    await page.getByRole('heading', { name: 'No deals yet' }).waitFor();
    await createDeal(page, 'Tile distribution ERP', 'Huajian Building Materials');
    await createDeal(page, 'MRP rollout', 'Jingchuang Electronics');
    expect(await page.getByRole('rowheader').count()).toBe(2);

    // Fill the current deal through its stage 7 tool, reached from the board's stage links.
    await page.getByRole('link', { name: 'Stage 7 · Implementation' }).click();
    await page.waitForURL(`${base}/en/process/implementation/#tool`);
    await page.getByLabel('Payment collected and software installed').check();
    await page.getByLabel('Date').first().fill('2026-11-20');
    await expect.poll(() => page.locator('.pb-summary').textContent()).toContain('1 of 4 steps done');

    await page.reload();
    await expect
      .poll(() => page.getByLabel('Payment collected and software installed').isChecked())
      .toBe(true);
    expect(await page.getByLabel('Date').first().inputValue()).toBe('2026-11-20');

    // Switch to the other deal on the board: the tool shows that deal's (empty) answers.
    await page.goto(`${base}/en/deals/`);
    const mrp = row(page, 'MRP rollout');
    // Issue 15: one step of stage 7 meets no stage's gate.
    await expect.poll(() => mrp.getByRole('cell').first().textContent()).toBe('No stage done yet');
    await row(page, 'Tile distribution ERP')
      .getByRole('button', { name: 'Open Tile distribution ERP' })
      .click();
    await page
      .getByRole('heading', { name: 'Current deal: Tile distribution ERP · Huajian Building Materials' })
      .waitFor();
    await page.goto(`${base}/en/process/implementation/`);
    await expect
      .poll(() => page.getByLabel('Current deal').locator('option:checked').textContent())
      .toBe('Tile distribution ERP · Huajian Building Materials');
    expect(await page.getByLabel('Payment collected and software installed').isChecked()).toBe(false);

    // Export everything.
    await page.goto(`${base}/en/deals/`);
    const before = await storedDeals(page);
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
    await page.getByText(/^Last export:/).waitFor();

    // The rep clears the site's data: the board is empty.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { name: 'No deals yet' }).waitFor();

    // Import the file through the file picker.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import from file…' }).click(),
    ]);
    await chooser.setFiles(file);
    const review = page.getByRole('region', { name: /^Import “/ });
    await review.waitFor();
    const plan = await review.getByRole('listitem').allTextContents();
    expect(plan.toSorted()).toEqual([
      'MRP rollout · Jingchuang Electronics — Will be added',
      'Tile distribution ERP · Huajian Building Materials — Will be added',
    ]);
    await review.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Import done: 2 added, 0 replaced, 0 kept as they were.').waitFor();

    // Everything as it was: the stored deals, the board, and the tool.
    expect(await storedDeals(page)).toEqual(before);
    await expect.poll(() => row(page, 'MRP rollout').textContent()).toContain('Jingchuang Electronics');
    // Issue 15: its one step of stage 7 meets no stage's gate, before the export and after the import.
    expect(await row(page, 'MRP rollout').textContent()).toContain('No stage done yet');
    expect(await row(page, 'Tile distribution ERP').textContent()).toContain('Huajian Building Materials');
    // The import opened one of its deals (the board had none open); make sure it is this one.
    const openMrp = page.getByRole('button', { name: 'Open MRP rollout' });
    if ((await openMrp.count()) > 0) await openMrp.click();
    await page.getByRole('heading', { name: 'Current deal: MRP rollout · Jingchuang Electronics' }).waitFor();
    await page.goto(`${base}/en/process/implementation/`);
    await expect
      .poll(() => page.getByLabel('Payment collected and software installed').isChecked())
      .toBe(true);
    expect(await page.getByLabel('Date').first().inputValue()).toBe('2026-11-20');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('deletes a deal and brings it back with undo', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/deals/`);
    await page.getByLabel('交易名称').fill('瓷砖分销 ERP');
    await page.getByLabel('客户名称').fill('华建建材');
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await page.getByRole('button', { name: '删除 瓷砖分销 ERP' }).click();
    const toast = page.locator('[aria-live="polite"]', { hasText: '已删除“瓷砖分销 ERP”。' });
    await toast.waitFor();
    // The undo button has the focus, so a keyboard user can undo at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('撤销');
    await page.waitForTimeout(300);
    await toast.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('rowheader', { name: /瓷砖分销 ERP/ }).waitFor();
    await page.reload();
    await page.getByRole('rowheader', { name: /瓷砖分销 ERP/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations in the %s theme: empty, with deals, a toast and an import review',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${base}/en/deals/`);
      await page.getByRole('heading', { name: 'No deals yet' }).waitFor();
      const scan = async () =>
        (await new AxeBuilder({ page }).include('.pb-board').analyze()).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(await scan()).toEqual([]);

      await createDeal(page, 'First deal', 'Huajian');
      await createDeal(page, 'Second deal', 'Jingchuang');
      await page.getByRole('button', { name: 'Delete First deal' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await scan()).toEqual([]);

      const file = join(mkdtempSync(join(tmpdir(), 'board-')), 'one.json');
      const deal = Object.values(await storedDeals(page))[0] as { deal: unknown };
      writeFileSync(
        file,
        JSON.stringify({ format: 'sales-playbook-deals', version: 1, exportedAt: '', deals: [deal.deal] }),
      );
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import from file…' }).click(),
      ]);
      await chooser.setFiles(file);
      await page.getByRole('radio', { name: 'Replace it with the file’s version' }).check();
      expect(await scan()).toEqual([]);
      await context.close();
    },
  );
});

describe('with site storage blocked', () => {
  it.each([
    ['/deals/', '浏览器禁止本网站保存数据'],
    ['/en/deals/', 'does not let this site store data'],
    ['/process/implementation/', '浏览器禁止本网站保存数据'],
    ['/en/process/implementation/', 'does not let this site store data'],
    // A bare Starlight page: only its own theme scripts touch storage.
    ['/en/glossary/', null],
  ])(
    '%s loads without page errors and, where deals are used, says nothing will be kept',
    async (path, message) => {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      if (message !== null) await page.getByText(message).first().waitFor();
      // Starlight's theme still works: the theme picker switches the page's theme.
      await page.locator('starlight-theme-select select').first().selectOption('light');
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('the board works in memory: a deal can be created and opened', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/deals/`);
    await createDeal(page, 'Memory deal', 'Nowhere Ltd');
    await page.getByText(/Export your deals before you close or reload this page/).waitFor();
    expect(await page.getByRole('rowheader', { name: /Memory deal/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
