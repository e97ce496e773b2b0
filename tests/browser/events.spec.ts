import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

const summary = (page: Page) => page.locator('.pb-tool[data-tool="events"] .pb-summary');
const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const fields = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

test.describe('compelling-event picker', () => {
  test.use({ toolPage: '/process/compelling-events/' });

  test('in Chinese: warns with no event, saves picked events and finds every answer after a reload', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/process/compelling-events/');
    await createDealThroughUi(page, 'zh', '进销存项目', '华建建材');

    await expect(summary(page)).toContainText('还没有选择任何强迫事件');
    await expect(summary(page)).toHaveAttribute('aria-live', 'polite');

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

    await expect(summary(page)).toContainText('已选 3/11 个强迫事件');
    await expect(summary(page)).toContainText('“优惠期截止（我们提出）”的日期 2020-01-31 已经过去');
    await expect(summary(page)).not.toContainText('还没有选择任何强迫事件');

    await page.reload();
    await expect(box(page, '2. 新的经营战略或商务模式')).toBeChecked();
    await expect(e2.getByLabel(/^证据/)).toHaveValue('年底搬进更大的办公楼');
    await expect(e2.getByLabel('客户方负责人')).toHaveValue('王总');
    await expect(e2.getByLabel(/^日期/)).toHaveValue('2099-12-31');
    await expect(e2.getByLabel('谈话要点：不行动的代价')).toHaveValue(
      '搬迁时不一起上系统，之后再换要再折腾一次',
    );
    await expect(box(page, '6. 没有完整的客户档案')).toBeChecked();
    await expect(e6.getByLabel(/^证据/)).toHaveValue('去年一位业务骨干离职带走客户');
    await expect(e6.getByLabel('谈话要点：不行动的代价')).toHaveValue(/^去年走了几个业务员/);
    await expect(fields(page, '8. 优惠期截止（我们提出）').getByLabel(/^日期/)).toHaveValue('2020-01-31');
    await expect(box(page, '1. 企业高速成长')).not.toBeChecked();
    await expect(summary(page)).toContainText('已选 3/11 个强迫事件');
    await expect(page.getByLabel('当前交易').locator('option:checked')).toHaveText('进销存项目 · 华建建材');
    expect(pageErrors).toEqual([]);
  });

  test('in English: a fresh deal shows the no-event warning, and each event links to its section', async ({
    freshDeal: page,
  }) => {
    await expect(summary(page)).toContainText('No compelling event picked yet');
    await expect(page.locator('#events-event-9-help a')).toHaveAttribute('href', '#event-9');
    await expect(page.locator('#event-9')).toHaveCount(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows all eleven events', async ({ page }) => {
      await page.goto('/en/process/compelling-events/');
      const items = page.locator('.pb-tool-fallback li');
      await expect(items).toHaveCount(11);
      await expect(items.nth(7)).toContainText('A promotion deadline');
    });
  });
});
