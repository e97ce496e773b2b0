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

async function addCompetitor(page: Page, name: string) {
  await page.getByLabel('竞争对手名称').fill(name);
  await page.getByRole('button', { name: '添加竞争对手' }).click();
}
const competitors = (page: Page) => page.locator('.pb-neg-list li > span').allTextContents();

describe('negotiation tracker', () => {
  it('fills a new deal’s negotiation in Chinese, adds and removes competitors, and finds every answer after a reload', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/process/negotiation/`);
    await createDealThroughUi(page, 'zh', '进销存项目', '精创电子');

    await page.getByRole('checkbox', { name: '按标准价格体系报价', exact: true }).check();
    await page.getByRole('textbox', { name: '备注 按标准价格体系报价' }).fill('软件、实施、培训分三项报价');
    await addCompetitor(page, '金蝶');
    await addCompetitor(page, '用友');
    await addCompetitor(page, '管家婆');
    await expect.poll(() => competitors(page)).toEqual(['金蝶', '用友', '管家婆']);
    await page.getByRole('button', { name: '删除 用友' }).click();
    await expect.poll(() => competitors(page)).toEqual(['金蝶', '管家婆']);

    await page.getByLabel('审批流程', { exact: true }).fill('主管会计审核，总经理签字，三到五个工作日');
    await page.getByLabel('预计成交日期', { exact: true }).fill('2099-12-01');
    await page.getByLabel('付款方式', { exact: true }).fill('转账');
    await page.getByLabel('付款条件', { exact: true }).fill('签约 50%，上线 40%，验收 10%');
    const trial = page.getByRole('group', { name: '软件试用协议' });
    await trial.getByLabel('试用协议已签订').check();
    await trial.getByLabel('签订日期').fill('2099-12-05');
    await trial.getByLabel('试用范围、期限与跟进').fill('两个模块，三个月');
    await page.getByRole('checkbox', { name: '主管领导审批销售合同，与客户签订', exact: true }).check();
    const summary = page.locator('.pb-summary');
    await expect.poll(() => summary.textContent()).toContain('已完成 2/11 步');
    await expect.poll(() => summary.textContent()).toContain('名单上还有竞争对手：金蝶、管家婆');

    await page.reload();
    await expect
      .poll(() => page.getByRole('checkbox', { name: '按标准价格体系报价', exact: true }).isChecked())
      .toBe(true);
    expect(await page.getByRole('textbox', { name: '备注 按标准价格体系报价' }).inputValue()).toBe(
      '软件、实施、培训分三项报价',
    );
    expect(await competitors(page)).toEqual(['金蝶', '管家婆']);
    expect(await page.getByLabel('审批流程', { exact: true }).inputValue()).toBe(
      '主管会计审核，总经理签字，三到五个工作日',
    );
    expect(await page.getByLabel('预计成交日期', { exact: true }).inputValue()).toBe('2099-12-01');
    expect(await page.getByLabel('付款方式', { exact: true }).inputValue()).toBe('转账');
    expect(await page.getByLabel('付款条件', { exact: true }).inputValue()).toBe(
      '签约 50%，上线 40%，验收 10%',
    );
    expect(await trial.getByLabel('试用协议已签订').isChecked()).toBe(true);
    expect(await trial.getByLabel('签订日期').inputValue()).toBe('2099-12-05');
    expect(await trial.getByLabel('试用范围、期限与跟进').inputValue()).toBe('两个模块，三个月');
    expect(
      await page.getByRole('checkbox', { name: '主管领导审批销售合同，与客户签订', exact: true }).isChecked(),
    ).toBe(true);
    const text = await summary.textContent();
    expect(text).toContain('已完成 2/11 步');
    expect(text).toContain('预计成交日期：2099-12-01');
    expect(await summary.getByRole('link').getAttribute('href')).toBe(
      '/process/close-readiness/#condition-2',
    );
    expect(await page.getByLabel('当前交易').locator('option:checked').textContent()).toBe(
      '进销存项目 · 精创电子',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works in English on the same deal, and clears the warning once the competitors are gone', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/negotiation/`);
    await createDealThroughUi(page, 'en', 'Finance module');
    await page.getByLabel("Competitor's name").fill('Kingdee');
    await page.getByRole('button', { name: 'Add competitor' }).click();
    await page.getByLabel('Expected closing date', { exact: true }).fill('2001-01-31');
    const summary = page.locator('.pb-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('The expected closing date 2001-01-31 has passed');
    await page
      .getByRole('checkbox', { name: 'Your manager approves the sales contract; sign it with the customer' })
      .check();
    await expect.poll(() => summary.textContent()).toContain('competitors are still listed: Kingdee');
    expect(await summary.textContent()).not.toContain('has passed');
    expect(await summary.textContent()).toContain('Payment method, Payment terms');
    await page.getByRole('button', { name: 'Remove Kingdee' }).click();
    await page.reload();
    await expect.poll(() => summary.textContent()).toContain('Competitors still in the running: none');
    expect(await summary.textContent()).not.toContain('still listed');
    expect(await page.getByLabel('Expected closing date', { exact: true }).inputValue()).toBe('2001-01-31');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the eleven steps without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/en/process/negotiation/`);
    const steps = page.locator('.pb-tool-fallback > div > ol > li');
    expect(await steps.count()).toBe(11);
    expect(await steps.nth(1).textContent()).toContain('Competitors still in the running');
    expect(await steps.first().locator('a:not(.pb-copy-link)').getAttribute('href')).toBe('#step-1');
    await context.close();
  });
});
