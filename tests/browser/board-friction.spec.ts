// Issue 15 on the deal board: making a deal current or loading a case keeps the reader's
// place (item 10); one meaning per label, the same in both languages (12); re-importing
// identical deals skips them and long names wrap in the review (16); a share link already
// saved opens that deal, and phones share through the system's sheet (18).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { expect, test } from '../support/fixtures.ts';
import { seedDeals } from '../support/seed-deals.ts';
import { storedDeals } from '../support/stored-deals.ts';
import { fullAnswers, partialAnswers, sampleDeal } from '../board/deals.ts';
import { PHONE } from './phone-support.ts';

const TEXT = {
  zh: {
    path: '/deals/',
    rowButtons: ['设为当前', '改名', '创建副本', '导出', '分享', '打印摘要', '删除'],
    makeCurrent: '设为当前',
    share: '分享',
    shareSheet: '分享…',
    copyLink: '复制链接',
    linkField: '分享链接',
    continue: /^继续：第 \d 阶段 · /,
    caseLoad: '载入这个案例',
    importFile: '从文件导入…',
    identical: '看板上已有完全相同的交易：跳过',
    identicalSummary: '其中 2 笔与看板上已有的完全相同，不会再导入。',
    importConfirm: '导入',
    imported: '导入完成：新增 1 笔，替换 0 笔，保留原样 1 笔。 2 笔完全相同的交易已跳过。',
    already: /^这笔交易已经保存在你的看板上，名为“Tile distribution ERP”，不必再保存一次。$/,
    openSaved: '把它设为当前交易',
    current: '当前交易：Tile distribution ERP · Shenzhen Huajian Building Materials',
  },
  en: {
    path: '/en/deals/',
    rowButtons: ['Make current', 'Rename', 'Duplicate', 'Export', 'Share', 'Print summary', 'Delete'],
    makeCurrent: 'Make current',
    share: 'Share',
    shareSheet: 'Share…',
    copyLink: 'Copy link',
    linkField: 'Share link',
    continue: /^Continue: stage \d · /,
    caseLoad: 'Load this case',
    importFile: 'Import from file…',
    identical: 'Already here and identical: skipped',
    identicalSummary: '2 of them are identical to deals already here and will be skipped.',
    importConfirm: 'Import',
    imported: 'Import done: 1 added, 0 replaced, 1 kept as they were. 2 identical deal(s) skipped.',
    already:
      /^This deal is already saved on your board as “Tile distribution ERP”: there is no need to save it again\.$/,
    openSaved: 'Make it the current deal',
    current: 'Current deal: Tile distribution ERP · Shenzhen Huajian Building Materials',
  },
} as const;

/** Sixty characters with no space to break at: a name that must still wrap. */
const LONG_NAME = 'Huajian-Building-Materials-Shenzhen-Inventory-Phase-Two-ERP';

const DEALS = [
  sampleDeal('deal-current', 'MRP rollout', partialAnswers()),
  sampleDeal('deal-tile', 'Tile distribution ERP', fullAnswers()),
  { ...sampleDeal('deal-long', LONG_NAME, partialAnswers()), updatedAt: '2026-11-20T09:30:00.000Z' },
];

const rowOf = (page: Page, name: string) =>
  page.locator('.pb-board-row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });

/** Where an element is on the screen (its top, in CSS pixels). */
const topOf = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN;

for (const lang of ['zh', 'en'] as const) {
  const t = TEXT[lang];

  test.describe(`board friction (${lang})`, () => {
    for (const [width, viewport] of [
      ['phone', PHONE],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      test(`${width}: “${t.makeCurrent}” and “${t.caseLoad}” keep the reader’s place and put focus where the work goes on`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await seedDeals(page, DEALS);
        await page.goto(t.path);
        const row = rowOf(page, 'Tile distribution ERP');
        const button = row.getByRole('button', { name: new RegExp(`^${t.makeCurrent} `) });
        await button.scrollIntoViewIfNeeded();
        const before = await topOf(row);
        await button.click();
        const link = row.getByRole('link', { name: t.continue });
        await expect(link).toBeFocused();
        expect(Math.abs((await topOf(row)) - before)).toBeLessThan(8);

        const card = page.locator('[data-case]').first();
        const load = card.getByRole('button', { name: new RegExp(`^${t.caseLoad}`) });
        await load.scrollIntoViewIfNeeded();
        const cardBefore = await topOf(card);
        await load.click();
        const caseLink = card.getByRole('link', { name: t.continue });
        await expect(caseLink).toBeFocused();
        expect(Math.abs((await topOf(card)) - cardBefore)).toBeLessThan(8);
      });
    }

    test('one meaning per label: the row’s actions and the share panel’s', async ({ page }) => {
      await seedDeals(page, DEALS);
      await page.goto(t.path);
      const row = rowOf(page, 'Tile distribution ERP');
      await expect(row.locator('.pb-board-buttons button')).toHaveText(t.rowButtons);
      await row.getByRole('button', { name: new RegExp(`^${t.share}`) }).click();
      const panel = page.locator('.pb-board-share');
      await expect(panel.getByLabel(t.linkField)).toHaveValue(/#share=/);
      await expect(panel.getByRole('button', { name: t.copyLink })).toBeVisible();
      // No word means two things: the row's "share" opens the panel, the panel's button copies.
      const labels = [...t.rowButtons, t.copyLink, t.linkField];
      expect(new Set(labels).size).toBe(labels.length);
    });

    test('re-importing identical deals skips them and says so; long names wrap in the review', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await seedDeals(page, DEALS);
      await page.goto(t.path);
      // The file: two deals as they are here, one changed here since (it asks), one new.
      const changed = { ...DEALS[2]!, notes: 'Changed since the export' };
      const added = sampleDeal('deal-new', `${LONG_NAME}-new`, {});
      const file = join(mkdtempSync(join(tmpdir(), 'board-import-')), 'deals.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'sales-playbook-deals',
          version: 1,
          exportedAt: '2026-11-29T09:00:00.000Z',
          deals: [DEALS[0], DEALS[1], changed, added],
        }),
      );
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: t.importFile }).click(),
      ]);
      await chooser.setFiles(file);
      const review = page.locator('.pb-board-import');
      await expect(review).toContainText(t.identicalSummary);
      await expect(review.locator('li[data-identical]')).toHaveCount(2);
      await expect(review.locator('li[data-identical]').first()).toContainText(t.identical);
      await expect(review.locator('fieldset')).toHaveCount(1);

      // Every name stays inside its box, and the page is no wider than the phone.
      const overflow = await review.evaluate((section) => {
        const box = section.getBoundingClientRect();
        return [...section.querySelectorAll('li, legend, fieldset, strong')]
          .filter((el) => el.getBoundingClientRect().right > box.right + 1)
          .map((el) => el.textContent?.slice(0, 40));
      });
      expect(overflow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      expect(await axeViolationsInBothThemes(page, '.pb-board-import')).toEqual([]);

      await review.getByRole('button', { name: t.importConfirm, exact: true }).click();
      await expect(page.getByText(t.imported)).toBeVisible();
      expect((await storedDeals(page)).map((deal) => deal.id).toSorted()).toEqual([
        'deal-current',
        'deal-long',
        'deal-new',
        'deal-tile',
      ]);
    });

    test('a share link already saved opens that deal instead of saving a copy', async ({ page }) => {
      await seedDeals(page, DEALS);
      await page.goto(t.path);
      await rowOf(page, 'Tile distribution ERP')
        .getByRole('button', { name: new RegExp(`^${t.share}`) })
        .click();
      const input = page.locator('#board-share-url');
      await expect(input).toHaveValue(/#share=/);
      const url = await input.inputValue();

      await page.goto(url);
      await page.reload();
      const panel = page.locator('.pb-board-shared');
      await expect(panel.locator('p').first()).toHaveText(t.already);
      expect(await axeViolationsInBothThemes(page, '.pb-board-shared')).toEqual([]);
      await panel.getByRole('button', { name: t.openSaved }).click();
      await expect(page.getByRole('heading', { name: t.current })).toBeVisible();
      await expect(
        rowOf(page, 'Tile distribution ERP').getByRole('link', { name: t.continue }),
      ).toBeFocused();
      expect(await storedDeals(page)).toHaveLength(DEALS.length);
      expect(new URL(page.url()).hash).toBe('');
    });

    test('on a phone with a share sheet, “Share…” hands the link to it; without one, the link is copied', async ({
      page,
      context,
    }) => {
      await page.setViewportSize(PHONE);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(() => {
        if (!location.search.includes('sheet')) return;
        const shared: unknown[] = [];
        Object.assign(window, { shared });
        Object.defineProperty(navigator, 'share', {
          value: (data: unknown) => {
            shared.push(data);
            return Promise.resolve();
          },
        });
      });
      await seedDeals(page, DEALS);
      await page.goto(`${t.path}?sheet`);
      const row = rowOf(page, 'Tile distribution ERP');
      await row.getByRole('button', { name: new RegExp(`^${t.share}`) }).click();
      const panel = page.locator('.pb-board-share');
      await expect(page.locator('#board-share-url')).toHaveValue(/#share=/);
      const url = await page.locator('#board-share-url').inputValue();
      await panel.getByRole('button', { name: t.shareSheet }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared))
        .toEqual([{ title: 'Tile distribution ERP', url }]);

      // No share sheet (most desktops): copying is the way, and works.
      await page.goto(t.path);
      await row.getByRole('button', { name: new RegExp(`^${t.share}`) }).click();
      await expect(page.locator('#board-share-url')).toHaveValue(/#share=/);
      await expect(panel.getByRole('button', { name: t.shareSheet })).toHaveCount(0);
      await panel.getByRole('button', { name: t.copyLink }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(await page.locator('#board-share-url').inputValue());
    });
  });
}
