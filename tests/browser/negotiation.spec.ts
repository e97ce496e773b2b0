import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

async function addCompetitor(page: Page, name: string) {
  await page.getByLabel('竞争对手名称').fill(name);
  await page.getByRole('button', { name: '添加竞争对手' }).click();
}
const competitors = (page: Page) => page.locator('.pb-neg-list li > span');

test.describe('negotiation tracker', () => {
  test('fills a new deal’s negotiation in Chinese, adds and removes competitors, and finds every answer after a reload', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/process/negotiation/');
    await createDealThroughUi(page, 'zh', '进销存项目', '精创电子');

    await page.getByRole('checkbox', { name: '按标准价格体系报价', exact: true }).check();
    await page.getByRole('textbox', { name: '备注 按标准价格体系报价' }).fill('软件、实施、培训分三项报价');
    await addCompetitor(page, '金蝶');
    await addCompetitor(page, '用友');
    await addCompetitor(page, '管家婆');
    await expect(competitors(page)).toHaveText(['金蝶', '用友', '管家婆']);
    await page.getByRole('button', { name: '删除 用友' }).click();
    await expect(competitors(page)).toHaveText(['金蝶', '管家婆']);

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
    await expect(summary).toContainText('已完成 2/11 步');
    await expect(summary).toContainText('名单上还有竞争对手：金蝶、管家婆');

    await page.reload();
    await expect(page.getByRole('checkbox', { name: '按标准价格体系报价', exact: true })).toBeChecked();
    await expect(page.getByRole('textbox', { name: '备注 按标准价格体系报价' })).toHaveValue(
      '软件、实施、培训分三项报价',
    );
    await expect(competitors(page)).toHaveText(['金蝶', '管家婆']);
    await expect(page.getByLabel('审批流程', { exact: true })).toHaveValue(
      '主管会计审核，总经理签字，三到五个工作日',
    );
    await expect(page.getByLabel('预计成交日期', { exact: true })).toHaveValue('2099-12-01');
    await expect(page.getByLabel('付款方式', { exact: true })).toHaveValue('转账');
    await expect(page.getByLabel('付款条件', { exact: true })).toHaveValue('签约 50%，上线 40%，验收 10%');
    await expect(trial.getByLabel('试用协议已签订')).toBeChecked();
    await expect(trial.getByLabel('签订日期')).toHaveValue('2099-12-05');
    await expect(trial.getByLabel('试用范围、期限与跟进')).toHaveValue('两个模块，三个月');
    await expect(
      page.getByRole('checkbox', { name: '主管领导审批销售合同，与客户签订', exact: true }),
    ).toBeChecked();
    await expect(summary).toContainText('已完成 2/11 步');
    await expect(summary).toContainText('预计成交日期：2099-12-01');
    await expect(summary.getByRole('link')).toHaveAttribute('href', '/process/close-readiness/#condition-2');
    await expect(page.getByLabel('当前交易').locator('option:checked')).toHaveText('进销存项目 · 精创电子');
    expect(pageErrors).toEqual([]);
  });

  test('works in English on the same deal, and clears the warning once the competitors are gone', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/en/process/negotiation/');
    await createDealThroughUi(page, 'en', 'Finance module');
    await page.getByLabel("Competitor's name").fill('Kingdee');
    await page.getByRole('button', { name: 'Add competitor' }).click();
    await page.getByLabel('Expected closing date', { exact: true }).fill('2001-01-31');
    const summary = page.locator('.pb-summary');
    await expect(summary).toContainText('The expected closing date 2001-01-31 has passed');
    await page
      .getByRole('checkbox', { name: 'Your manager approves the sales contract; sign it with the customer' })
      .check();
    await expect(summary).toContainText('competitors are still listed: Kingdee');
    await expect(summary).not.toContainText('has passed');
    await expect(summary).toContainText('Payment method, Payment terms');
    await page.getByRole('button', { name: 'Remove Kingdee' }).click();
    await expect(page.getByRole('button', { name: 'Remove Kingdee' })).toHaveCount(0);
    await page.reload();
    await expect(summary).toContainText('Competitors still in the running: none');
    await expect(summary).not.toContainText('still listed');
    await expect(page.getByLabel('Expected closing date', { exact: true })).toHaveValue('2001-01-31');
    expect(pageErrors).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the eleven steps', async ({ page }) => {
      await page.goto('/en/process/negotiation/');
      const steps = page.locator('.pb-tool-fallback > div > ol > li');
      await expect(steps).toHaveCount(11);
      await expect(steps.nth(1)).toContainText('Competitors still in the running');
      await expect(steps.first().locator('a:not(.pb-copy-link)')).toHaveAttribute('href', '#step-1');
    });
  });
});
