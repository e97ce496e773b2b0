import type { Browser } from 'playwright-core';
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

describe('implementation checklist', () => {
  it('saves a step into a new deal and finds it after a reload', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/implementation/`);
    await createDealThroughUi(page, 'en', 'ERP rollout', 'Jingchuang Electronics');
    await page.getByLabel('Payment collected and software installed').check();
    await page.getByLabel('Date').first().fill('2026-11-20');
    await expect.poll(() => page.locator('.pb-summary').textContent()).toContain('1 of 4 steps done');

    await page.reload();
    await expect
      .poll(() => page.getByLabel('Payment collected and software installed').isChecked())
      .toBe(true);
    expect(await page.getByLabel('Date').first().inputValue()).toBe('2026-11-20');
    expect(await page.getByLabel('Current deal').locator('option:checked').textContent()).toBe(
      'ERP rollout · Jingchuang Electronics',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the full list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/process/implementation/`);
    const items = page.locator('.pb-tool-fallback li');
    expect(await items.count()).toBe(4);
    expect(await items.first().textContent()).toContain('收款并安装软件');
    await context.close();
  });
});
