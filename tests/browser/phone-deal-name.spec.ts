// Issue 15, item 1: a long deal name never makes a page wider than a phone's screen; the
// switcher shortens it and keeps the full name in its title.
import { test, expect } from '@playwright/test';
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

for (const viewport of [NARROW_PHONE, PHONE]) {
  for (const lang of ['zh', 'en'] as const) {
    test.describe(`${lang} at ${viewport.width} px`, () => {
      test.use({ viewport });

      test('no page is wider than the screen with a long deal name', async ({ page }) => {
        const { name, customer } = NAMES[lang];
        expect(name.length).toBeGreaterThanOrEqual(60);
        await createDeal(page, lang, name, customer);
        for (const path of pages(lang === 'en' ? '/en' : '')) {
          await page.goto(path);
          // Wait for the island that names the deal: the switcher on a stage page, the board's table.
          if (path.includes('/process/'))
            await expect(page.locator('.pb-dealbar select').first()).toBeVisible();
          if (path.endsWith('/deals/')) await expect(page.locator('.pb-board-live').first()).toBeVisible();
          // Once the page has settled it is no wider than the screen.
          await expect
            .poll(() => overflowX(page), { message: `${path} is wider than ${viewport.width} px` })
            .toBeLessThanOrEqual(0);
        }
      });

      // Without a deal the tools show their lists read-only (with tables such as the demo's
      // attendees): those must fit too, on every page of the site.
      test('no page is wider than the screen without a deal', async ({ page }) => {
        for (const path of ALL_PAGES.filter((url) => langOf(url) === lang)) {
          await page.goto(path);
          await page.waitForLoadState('load');
          await expect
            .poll(() => overflowX(page), { message: `${path} is wider than ${viewport.width} px` })
            .toBeLessThanOrEqual(0);
        }
      });

      test('the switcher keeps the full name available', async ({ page }) => {
        const { name, customer } = NAMES[lang];
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
}
