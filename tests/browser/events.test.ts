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

const summary = (page: Page) => page.locator('.pb-tool[data-tool="events"] .pb-summary');
const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const fields = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('compelling-event picker', () => {
  it('in Chinese: warns with no event, saves picked events and finds every answer after a reload', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/process/compelling-events/`);
    await createDealThroughUi(page, 'zh', '进销存项目', '华建建材');

    await expect.poll(() => summary(page).textContent()).toContain('还没有选择任何强迫事件');
    expect(await summary(page).getAttribute('aria-live')).toBe('polite');

    await box(page, '2. 新的经营战略或商务模式').check();
    const e2 = fields(page, '2. 新的经营战略或商务模式');
    await e2.getByLabel(/^证据/).fill('年底搬进更大的办公楼');
    await e2.getByLabel('客户方负责人').fill('王总');
    await e2.getByLabel(/^日期/).fill('2099-12-31');
    await e2.getByLabel('谈话要点：不行动的代价').fill('搬迁时不一起上系统，之后再换要再折腾一次');

    await box(page, '6. 没有完整的客户档案').check();
    const e6 = fields(page, '6. 没有完整的客户档案');
    await e6.getByLabel(/^证据/).fill('去年一位业务骨干离职带走客户');
    await e6.getByRole('button', { name: '填入建议要点' }).click();

    await box(page, '8. 优惠期截止（我们提出）').check();
    await fields(page, '8. 优惠期截止（我们提出）').getByLabel(/^日期/).fill('2020-01-31');

    await expect.poll(() => summary(page).textContent()).toContain('已选 3/11 个强迫事件');
    const text = await summary(page).textContent();
    expect(text).toContain('“优惠期截止（我们提出）”的日期 2020-01-31 已经过去');
    expect(text).not.toContain('还没有选择任何强迫事件');

    await page.reload();
    await expect.poll(() => box(page, '2. 新的经营战略或商务模式').isChecked()).toBe(true);
    expect(await e2.getByLabel(/^证据/).inputValue()).toBe('年底搬进更大的办公楼');
    expect(await e2.getByLabel('客户方负责人').inputValue()).toBe('王总');
    expect(await e2.getByLabel(/^日期/).inputValue()).toBe('2099-12-31');
    expect(await e2.getByLabel('谈话要点：不行动的代价').inputValue()).toBe(
      '搬迁时不一起上系统，之后再换要再折腾一次',
    );
    expect(await box(page, '6. 没有完整的客户档案').isChecked()).toBe(true);
    expect(await e6.getByLabel(/^证据/).inputValue()).toBe('去年一位业务骨干离职带走客户');
    expect(await e6.getByLabel('谈话要点：不行动的代价').inputValue()).toMatch(/^去年走了几个业务员/);
    expect(await fields(page, '8. 优惠期截止（我们提出）').getByLabel(/^日期/).inputValue()).toBe(
      '2020-01-31',
    );
    expect(await box(page, '1. 企业高速成长').isChecked()).toBe(false);
    expect(await summary(page).textContent()).toContain('已选 3/11 个强迫事件');
    expect(await page.getByLabel('当前交易').locator('option:checked').textContent()).toBe(
      '进销存项目 · 华建建材',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in English: a fresh deal shows the no-event warning, and each event links to its section', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/en/process/compelling-events/`);
    await createDealThroughUi(page, 'en', 'Empty deal');
    await expect.poll(() => summary(page).textContent()).toContain('No compelling event picked yet');
    const link = page.locator('#events-event-9-help a');
    expect(await link.getAttribute('href')).toBe('#event-9');
    expect(await page.locator('#event-9').count()).toBe(1);
    await page.close();
  });

  it('shows all eleven events without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/en/process/compelling-events/`);
    const items = page.locator('.pb-tool-fallback li');
    expect(await items.count()).toBe(11);
    expect(await items.nth(7).textContent()).toContain('A promotion deadline');
    await context.close();
  });
});
