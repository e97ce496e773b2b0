// Case studies, share links and the printable deal summary on the real deal board.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { collectErrors } from '../support/page-errors.ts';
import { expect, test } from '../support/fixtures.ts';
import { storedDeals } from '../support/stored-deals.ts';

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });

/** Pages in a PDF made by Chromium. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Keeps a PDF for looking at when PDF_OUT names a folder. */
function keep(name: string, pdf: Buffer): void {
  const dir = process.env.PDF_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), pdf);
}

const TEXT = {
  en: {
    distributor: 'Load this case: Building-materials distributor: worth pursuing',
    apparel: 'Load this case: Apparel manufacturer: must be refused',
    soe: 'Load this case: State-owned firm restructured last month: do not contact',
    distributorName: 'Xinda Building Materials — purchase-sales-inventory \\(进销存\\) \\+ CRM',
    apparelName: 'Jinxiu Garments — ERP',
    soeName: 'City Materials Co\\. — finance',
    pursue: 'Pursue',
    refuse: 'Do not pursue',
    events: '2 picked',
    share: 'Share: Xinda Building Materials — purchase-sales-inventory (进销存) + CRM',
    shared: 'A shared deal',
    save: 'Save as a new deal',
    saved: 'Saved the shared deal as a new deal',
    damaged: 'This shared link is damaged',
    newer: 'comes from a newer version of the playbook',
    tooLarge: 'This shared link is too large',
    print: 'Print summary: Xinda Building Materials — purchase-sales-inventory (进销存) + CRM',
    summary: 'Deal summary: Xinda Building Materials — purchase-sales-inventory (进销存) + CRM',
  },
  zh: {
    distributor: '载入这个案例：建材分销商：值得重点跟进',
    apparel: '载入这个案例：服装生产企业：必须拒绝',
    soe: '载入这个案例：上个月刚改制的国企：不要联络',
    distributorName: '鑫达建材 进销存\\+CRM',
    apparelName: '锦绣服饰 ERP',
    soeName: '市物资公司',
    pursue: '重点跟进',
    refuse: '不跟进',
    events: '已选 2 个',
    share: '分享：鑫达建材 进销存+CRM',
    shared: '别人分享给你的交易',
    save: '保存为新交易',
    saved: '已把分享的交易保存为新交易',
    damaged: '这个分享链接已损坏',
    newer: '来自更新版本的销售手册',
    tooLarge: '这个分享链接太大',
    print: '打印摘要：鑫达建材 进销存+CRM',
    summary: '交易摘要：鑫达建材 进销存+CRM',
  },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test.describe(`trainers on the deal board (${lang})`, () => {
    test.use({ lang });
    const t = TEXT[lang];

    test('loads the three case studies as new deals, with the verdicts the tools give', async ({
      page,
      at,
      pageErrors,
    }) => {
      await page.goto(at('/deals/'));
      await page.getByRole('button', { name: t.distributor }).click();
      await expect(row(page, t.distributorName)).toBeVisible();
      await page.getByRole('button', { name: t.apparel }).click();
      await page.getByRole('button', { name: t.soe }).click();
      // Loading the same case again adds another deal: it never overwrites one.
      await page.getByRole('button', { name: t.distributor }).click();
      await expect(page.getByRole('rowheader')).toHaveCount(4);

      const distributor = row(page, t.distributorName).first();
      await expect(distributor).toContainText(t.pursue);
      await expect(distributor).toContainText(t.events);
      await expect(row(page, t.apparelName)).toContainText(t.refuse);
      await expect(row(page, t.soeName)).toContainText(t.refuse);
      const deals = await storedDeals(page);
      expect(new Set(deals.map((deal) => deal.id)).size).toBe(4);

      // The stage 1 scorecard shows the same verdict for the current deal (the last one loaded).
      await page.goto(at('/process/prospecting/'));
      await expect(page.locator('.pb-tool-body')).toContainText(t.pursue);
      expect(pageErrors).toEqual([]);
    });

    test('shares a deal as a link that a fresh browser opens and saves as a new deal', async ({
      caseStudy: page,
      browser,
      at,
      baseURL,
    }) => {
      await page.getByRole('button', { name: t.share }).click();
      const input = page.locator('#board-share-url');
      await expect(input).toHaveValue(/#share=v1\.[A-Za-z0-9_-]+$/);
      const url = await input.inputValue();
      expect(url.startsWith(new URL(at('/deals/'), baseURL).href)).toBe(true);
      expect(await axeViolationsInBothThemes(page)).toEqual([]);
      const [original] = await storedDeals(page);

      // Another browser: a context of its own, sharing nothing with the sender's.
      const receiver = await browser.newContext();
      const other = await receiver.newPage();
      const errors = collectErrors(other);
      const requests: string[] = [];
      other.on('request', (request) => requests.push(request.url()));
      await other.goto(url);
      const panel = other.locator('.pb-board-shared');
      await expect(other.getByRole('heading', { name: t.shared })).toBeVisible();
      await expect(panel).toContainText(original!.customer);
      await expect(panel).toContainText(t.pursue);
      await expect(panel).toContainText(t.events);
      expect(await axeViolationsInBothThemes(other)).toEqual([]);
      // Nothing is saved until asked, and the deal never reached the server.
      expect(await storedDeals(other)).toEqual([]);
      expect(requests.every((request) => !request.includes('share='))).toBe(true);

      await other.getByRole('button', { name: t.save }).click();
      await expect(other.getByText(t.saved)).toBeVisible();
      const saved = await storedDeals(other);
      expect(saved).toHaveLength(1);
      expect(saved[0]?.customer).toBe(original?.customer);
      expect(saved[0]?.id).not.toBe(original?.id);
      expect(new URL(other.url()).hash).toBe('');
      await other.reload();
      await expect(row(other, t.distributorName)).toBeVisible();
      await expect(other.locator('.pb-board-shared')).toHaveCount(0);
      expect(errors).toEqual([]);
      await receiver.close();
    });

    test('refuses damaged, newer and too large links with a message, changing nothing', async ({
      page,
      at,
      pageErrors,
    }) => {
      await page.goto(at('/deals/'));
      await page.getByRole('button', { name: t.apparel }).click();
      await expect(row(page, t.apparelName)).toBeVisible();
      const before = await storedDeals(page);

      for (const [hash, message] of [
        ['share=v1.q1YqyUvMTVWyUjI0MjA0NDA0MjQ0MjQ0MlAqBgA', t.damaged],
        ['share=v1.***', t.damaged],
        ['share=v7.q1YqyUvMTVWyUjI0MjA0NDA0MjQ0MjQ0MlAqBgA', t.newer],
        [`share=v1.${'A'.repeat(9000)}`, t.tooLarge],
      ] as const) {
        await page.goto(at(`/deals/#${hash}`));
        await page.reload();
        const alert = page.getByRole('alert').filter({ hasText: message });
        await expect(alert).toBeVisible();
        expect(await storedDeals(page)).toEqual(before);
        if (message === t.damaged) expect(await axeViolationsInBothThemes(page)).toEqual([]);
        await alert.getByRole('button').click();
        await expect(page).toHaveURL((url) => url.hash === '');
      }
      expect(pageErrors).toEqual([]);
    });

    test('prints a filled deal summary on one page', async ({ caseStudy: page }) => {
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', '');
      });
      await page.getByRole('button', { name: t.print }).click();
      await expect(page.getByRole('heading', { name: t.summary })).toBeVisible();
      await expect(page.locator('body[data-printed]')).toBeAttached();
      expect(await axeViolationsInBothThemes(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.header')).toBeHidden();
      await expect(page.locator('.pb-board-table')).toBeHidden();
      await expect(page.locator('.pb-deal-summary')).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      keep(`summary-${lang}.pdf`, pdf);
      expect(pdfPages(pdf)).toBe(1);
    });

    test('prints a stage tool as a blank worksheet when no deal is open', async ({ page, at }) => {
      await page.goto(at('/process/prospecting/#tool'));
      await page.locator('.pb-tool-live').waitFor();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.pb-tool-fallback')).toBeVisible();
      await expect(page.locator('.pb-tool-live')).toBeHidden();
      await expect(page.locator('header.header')).toBeHidden();
      await expect(page.locator('nav.sidebar')).toBeHidden();
      // Opened at #tool, only the worksheet prints.
      await expect(page.locator('#size')).toBeHidden();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      keep(`worksheet-${lang}.pdf`, pdf);
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    });
  });
}
