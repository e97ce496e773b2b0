// Issue 17: the board shows how much of the browser's storage the deals take, measured
// from what is stored, and from 80% says how to free space (export, then delete closed deals).
import type { Page } from '@playwright/test';
import type { Deal } from '../../src/deals/schema';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { expect, test } from '../support/fixtures.ts';
import { sampleDeal } from '../board/deals.ts';

const TEXT = {
  zh: {
    path: '/deals/',
    use: /^交易占用了这个浏览器 5\.0 MB 存储空间中的 (\d\.\d+) MB（(\d+)%）。$/,
    warning:
      /^存储空间已用 (\d+)%，快满了。先点“导出全部交易”保存一份备份，再删除已经结束的交易，腾出空间。$/,
    exportAll: '导出全部交易',
    del: '删除',
  },
  en: {
    path: '/en/deals/',
    use: /^Deals use (\d\.\d+) MB of this browser’s 5\.0 MB storage \((\d+)%\)\.$/,
    warning:
      /^Storage is (\d+)% full\. First export all deals to keep a backup, then delete the deals that are closed to free space\.$/,
    exportAll: 'Export all deals',
    del: 'Delete',
  },
} as const;

/** `count` deals, each with `notes` characters of notes, stored before the site's scripts run. */
async function storeDeals(page: Page, count: number, notes: number): Promise<void> {
  const template = sampleDeal('template', 'Deal', {});
  await page.addInitScript(
    ({ template, count, notes }: { template: Deal; count: number; notes: number }) => {
      if (sessionStorage.getItem('test:seeded') !== null) return;
      sessionStorage.setItem('test:seeded', '1');
      const text = '华建建材进销存二期'.repeat(Math.ceil(notes / 9)).slice(0, notes);
      for (let i = 0; i < count; i++) {
        const deal = { ...template, id: `full${i}`, name: `Deal ${i}`, notes: text };
        localStorage.setItem(`playbook:deal:${deal.id}`, JSON.stringify({ version: 1, deal }));
      }
      const meta = { version: 1, currentDealId: 'full0', lastExportAt: new Date().toISOString() };
      localStorage.setItem('playbook:meta', JSON.stringify(meta));
    },
    { template, count, notes },
  );
}

/** What the site's keys take in the page's storage, in UTF-16 code units. */
const measured = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('playbook:'))
      .reduce((sum, key) => sum + key.length + (localStorage.getItem(key) ?? '').length, 0),
  );

for (const lang of ['zh', 'en'] as const) {
  const t = TEXT[lang];
  test.describe(`storage use (${lang})`, () => {
    test('a few deals: the measured use, and no warning', async ({ page }) => {
      await storeDeals(page, 3, 1000);
      await page.goto(t.path);
      const line = page.locator('.pb-board-storage');
      await expect(line.locator('span').last()).toHaveText(t.use);
      const [, , percent] = t.use.exec((await line.locator('span').last().textContent()) ?? '') ?? [];
      expect(Number(percent)).toBe(Math.floor(((await measured(page)) / (5 * 1024 * 1024)) * 100));
      await expect(page.getByText(t.warning)).toHaveCount(0);
    });

    test('past 80%: says how to free space, and the figure follows a deletion', async ({ page }) => {
      // 225 deals with 19,000 characters of notes each: about 83% of the 5,242,880 units.
      await storeDeals(page, 225, 19_000);
      await page.goto(t.path);
      const warning = page.locator('.pb-board-storage-warning');
      await expect(warning.locator('p')).toHaveText(t.warning);
      await expect(warning.getByRole('button', { name: t.exportAll })).toBeEnabled();
      const used = await measured(page);
      expect(used / (5 * 1024 * 1024)).toBeGreaterThanOrEqual(0.8);
      const percent = Math.floor((used / (5 * 1024 * 1024)) * 100);
      await expect(warning).toContainText(`${percent}%`);
      await expect(page.locator('.pb-board-storage')).toContainText(`${percent}%`);

      // Deleting ten deals frees space: below 80% the warning goes.
      const table = page.locator('.pb-board-table');
      for (let left = 224; left >= 215; left--) {
        await table
          .getByRole('button', { name: new RegExp(`^${t.del} Deal`) })
          .first()
          .click();
        await expect(table.locator('caption')).toContainText(`${left}`);
      }
      await expect(warning).toHaveCount(0);
    });

    test('the warning has no axe violations in light and dark', async ({ page }) => {
      await storeDeals(page, 225, 19_000);
      await page.goto(t.path);
      await expect(page.locator('.pb-board-storage-warning')).toBeVisible();
      expect(await axeViolationsInBothThemes(page, '.pb-board-storage-warning')).toEqual([]);
      expect(await axeViolationsInBothThemes(page, '.pb-board-backup')).toEqual([]);
    });
  });
}
