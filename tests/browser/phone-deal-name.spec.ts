// Issue 15, item 1: a long deal name never makes a page wider than a phone's screen (320 and
// 390 px wide); the switcher shortens it and keeps the full name in its title.
import { test, expect, type Page } from '@playwright/test';
import { sampleDeal } from '../board/deals.ts';
import { seedDeals } from '../support/seed-deals.ts';
import { NARROW_PHONE, PHONE, createDeal, overflowX } from './phone-support';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { ALL_PAGES, langOf } from '../support/site-pages.ts';

// 60 characters with the customer: the kind of name a rep really types.
const NAMES = {
  zh: {
    name: '华建建材 进销存二期 · 深圳市华建建材贸易有限公司 年度采购销售库存一体化管理项目 含三个分仓与两家门店的库存统一管理',
    customer: '深圳市华建建材贸易有限公司',
  },
  en: {
    name: 'Huajian Building Materials purchase-sales-inventory phase two',
    customer: 'Shenzhen Huajian Building Materials Trading Co., Ltd.',
  },
} as const;

const pages = (prefix: string) => [
  `${prefix}/`,
  `${prefix}/deals/`,
  `${prefix}/glossary/`,
  ...stagesData.stages.map((stage) => `${prefix}/process/${stage.id}/`),
];

/** Once the page has settled it is no wider than the screen, at each phone width in turn. */
async function fitsEveryPhone(page: Page, path: string): Promise<void> {
  for (const viewport of [NARROW_PHONE, PHONE]) {
    await page.setViewportSize(viewport);
    await expect
      .poll(() => overflowX(page), { message: `${path} is wider than ${viewport.width} px` })
      .toBeLessThanOrEqual(0);
  }
}

for (const lang of ['zh', 'en'] as const) {
  const { name, customer } = NAMES[lang];

  test.describe(`${lang}, a long deal name`, () => {
    test.use({ viewport: NARROW_PHONE });

    test('is the kind of name a rep really types', () => {
      expect(name.length).toBeGreaterThanOrEqual(60);
    });

    // One test per page: the deal is stored before the page's scripts run.
    for (const path of pages(lang === 'en' ? '/en' : ''))
      test(`${path} is no wider than the screen with it`, async ({ page }) => {
        await seedDeals(page, [{ ...sampleDeal('longname', name, {}), customer }]);
        await page.goto(path);
        // Wait for the island that names the deal: the switcher on a stage page, the board's table.
        if (path.includes('/process/'))
          await expect(page.locator('.pb-dealbar select option:checked').first()).toContainText(
            name.slice(0, 8),
          );
        if (path.endsWith('/deals/'))
          await expect(page.locator('.pb-board-live').first()).toContainText(name.slice(0, 8));
        await fitsEveryPhone(page, path);
      });
  });

  // Without a deal the tools show their lists read-only (with tables such as the demo's
  // attendees): those must fit too, on every page of the site. One test per page.
  test.describe(`${lang}, no deal`, () => {
    test.use({ viewport: NARROW_PHONE });
    for (const path of ALL_PAGES.filter((url) => langOf(url) === lang))
      test(`${path} is no wider than the screen`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('load');
        await fitsEveryPhone(page, path);
      });
  });

  for (const viewport of [NARROW_PHONE, PHONE])
    test.describe(`${lang} at ${viewport.width} px`, () => {
      test.use({ viewport });

      test('the switcher keeps the full name available', async ({ page }) => {
        await createDeal(page, lang, name, customer);
        const select = page.locator('.pb-tool-live .pb-dealbar select');
        const full = `${name} · ${customer}`;
        await expect(select).toHaveAttribute('title', full);
        const box = await select.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
        // The options still carry the whole name: the list the phone opens shows it.
        await expect(select.locator('option:checked')).toHaveText(full);
      });
    });
}
