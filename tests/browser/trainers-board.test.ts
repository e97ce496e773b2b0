// Case studies, share links and the printable deal summary on the real deal board.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function storedDeals(page: Page): Promise<{ id: string; name: string; customer: string }[]> {
  return page.evaluate(() => {
    const deals = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('playbook:deal:')) deals.push(JSON.parse(localStorage.getItem(key) ?? 'null').deal);
    }
    return deals;
  });
}

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
    distributorName: 'Xinda Building Materials — 进销存 \\+ CRM',
    apparelName: 'Jinxiu Garments — ERP',
    soeName: 'City Materials Co\\. — finance',
    pursue: 'Pursue',
    refuse: 'Do not pursue',
    events: '2 picked',
    share: 'Share as link: Xinda Building Materials — 进销存 + CRM',
    shared: 'A shared deal',
    save: 'Save as a new deal',
    saved: 'Saved the shared deal as a new deal',
    damaged: 'This shared link is damaged',
    newer: 'comes from a newer version of the playbook',
    tooLarge: 'This shared link is too large',
    print: 'Print summary: Xinda Building Materials — 进销存 + CRM',
    summary: 'Deal summary: Xinda Building Materials — 进销存 + CRM',
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
    share: '分享链接：鑫达建材 进销存+CRM',
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

describe.each(['en', 'zh'] as const)('trainers on the deal board (%s)', (lang) => {
  const t = TEXT[lang];
  const board = lang === 'en' ? `${base}/en/deals/` : `${base}/deals/`;

  it('loads the three case studies as new deals, with the verdicts the tools give', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(board);
    await page.getByRole('button', { name: t.distributor }).click();
    await row(page, t.distributorName).waitFor();
    await page.getByRole('button', { name: t.apparel }).click();
    await page.getByRole('button', { name: t.soe }).click();
    // Loading the same case again adds another deal: it never overwrites one.
    await page.getByRole('button', { name: t.distributor }).click();
    await expect.poll(() => page.getByRole('rowheader').count()).toBe(4);

    const distributor = row(page, t.distributorName).first();
    expect(await distributor.textContent()).toContain(t.pursue);
    expect(await distributor.textContent()).toContain(t.events);
    expect(await row(page, t.apparelName).textContent()).toContain(t.refuse);
    expect(await row(page, t.soeName).textContent()).toContain(t.refuse);
    const deals = await storedDeals(page);
    expect(new Set(deals.map((deal) => deal.id)).size).toBe(4);

    // The stage 1 scorecard shows the same verdict for the current deal (the last one loaded).
    await page.goto(lang === 'en' ? `${base}/en/process/prospecting/` : `${base}/process/prospecting/`);
    await expect.poll(() => page.locator('.pb-tool-body').textContent()).toContain(t.pursue);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shares a deal as a link that a fresh browser opens and saves as a new deal', async () => {
    const sender = await browser.newContext();
    const page = await sender.newPage();
    await page.goto(board);
    await page.getByRole('button', { name: t.distributor }).click();
    await page.getByRole('button', { name: t.share }).click();
    const input = page.locator('#board-share-url');
    await expect.poll(() => input.inputValue()).toMatch(/#share=v1\.[A-Za-z0-9_-]+$/);
    const url = await input.inputValue();
    expect(url.startsWith(board)).toBe(true);
    expect(await axeViolationsInBothThemes(page)).toEqual([]);
    const [original] = await storedDeals(page);
    await sender.close();

    const receiver = await browser.newContext();
    const other = await receiver.newPage();
    const errors = collectErrors(other);
    const requests: string[] = [];
    other.on('request', (request) => requests.push(request.url()));
    await other.goto(url);
    const panel = other.locator('.pb-board-shared');
    await other.getByRole('heading', { name: t.shared }).waitFor();
    expect(await panel.textContent()).toContain(original?.customer);
    expect(await panel.textContent()).toContain(t.pursue);
    expect(await panel.textContent()).toContain(t.events);
    expect(await axeViolationsInBothThemes(other)).toEqual([]);
    // Nothing is saved until asked, and the deal never reached the server.
    expect(await storedDeals(other)).toEqual([]);
    expect(requests.every((request) => !request.includes('share='))).toBe(true);

    await other.getByRole('button', { name: t.save }).click();
    await other.getByText(t.saved).waitFor();
    const saved = await storedDeals(other);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.customer).toBe(original?.customer);
    expect(saved[0]?.id).not.toBe(original?.id);
    expect(new URL(other.url()).hash).toBe('');
    await other.reload();
    await row(other, t.distributorName).waitFor();
    expect(await other.locator('.pb-board-shared').count()).toBe(0);
    expect(errors).toEqual([]);
    await receiver.close();
  });

  it('refuses damaged, newer and too large links with a message, changing nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(board);
    await page.getByRole('button', { name: t.apparel }).click();
    await row(page, t.apparelName).waitFor();
    const before = await storedDeals(page);

    for (const [hash, message] of [
      ['share=v1.q1YqyUvMTVWyUjI0MjA0NDA0MjQ0MjQ0MlAqBgA', t.damaged],
      ['share=v1.***', t.damaged],
      ['share=v7.q1YqyUvMTVWyUjI0MjA0NDA0MjQ0MjQ0MlAqBgA', t.newer],
      [`share=v1.${'A'.repeat(9000)}`, t.tooLarge],
    ] as const) {
      await page.goto(`${board}#${hash}`);
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: message });
      await alert.waitFor();
      expect(await storedDeals(page)).toEqual(before);
      if (message === t.damaged) expect(await axeViolationsInBothThemes(page)).toEqual([]);
      await alert.getByRole('button').click();
      expect(new URL(page.url()).hash).toBe('');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a filled deal summary on one page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(board);
    await page.getByRole('button', { name: t.distributor }).click();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: t.print }).click();
    await page.getByRole('heading', { name: t.summary }).waitFor();
    await page.locator('body[data-printed]').waitFor({ state: 'attached' });
    expect(await axeViolationsInBothThemes(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('.pb-board-table').isVisible()).toBe(false);
    expect(await page.locator('.pb-deal-summary').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    keep(`summary-${lang}.pdf`, pdf);
    expect(pdfPages(pdf)).toBe(1);
    await context.close();
  });

  it('prints a stage tool as a blank worksheet when no deal is open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      lang === 'en' ? `${base}/en/process/prospecting/#tool` : `${base}/process/prospecting/#tool`,
    );
    await page.locator('.pb-tool-live').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pb-tool-fallback').isVisible()).toBe(true);
    expect(await page.locator('.pb-tool-live').isVisible()).toBe(false);
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    // Opened at #tool, only the worksheet prints.
    expect(await page.locator('#size').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    keep(`worksheet-${lang}.pdf`, pdf);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    await context.close();
  });
});
