import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  { path: '/', lang: 'zh-CN', title: /软件销售流程/ },
  { path: '/process/prospecting/', lang: 'zh-CN', title: /目标客户挖掘/ },
  { path: '/en/', lang: 'en', title: /Software Sales Playbook/ },
  { path: '/en/process/prospecting/', lang: 'en', title: /Prospecting/ },
])('$path', ({ path, lang, title }) => {
  it(`has its title, lang="${lang}" and no console errors`, async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(title);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('language picker', () => {
  it.each([
    ['/process/validation/', 'en', '/en/process/validation/'],
    ['/en/process/validation/', 'root', '/process/validation/'],
  ])('on %s, choosing %s lands on %s', async (from, value, to) => {
    const page = await browser.newPage();
    await page.goto(base + from);
    const picker = page.locator('starlight-lang-select select').first();
    const target = await picker
      .locator('option')
      .evaluateAll(
        (options, v) =>
          options
            .map((o) => (o as HTMLOptionElement).value)
            .find((u) => (v === 'en' ? u.startsWith('/en/') : !u.startsWith('/en/'))),
        value,
      );
    await Promise.all([page.waitForURL(base + to), picker.selectOption(target!)]);
    expect(new URL(page.url()).pathname).toBe(to);
    await page.close();
  });
});

describe('home page process map', () => {
  it.each([
    ['/', '第 1 阶段'],
    ['/en/', 'Stage 1'],
  ])('on %s lists the seven stages in order, each a link to its page', async (path, firstLabel) => {
    const page = await browser.newPage();
    await page.goto(base + path);
    const links = page.locator('.process-map ol > li a');
    expect(await links.count()).toBe(7);
    expect(await links.first().textContent()).toContain(firstLabel);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const prefix = path === '/' ? '/process/' : '/en/process/';
    expect(hrefs).toEqual(
      [
        'prospecting',
        'compelling-events',
        'validation',
        'demo',
        'negotiation',
        'close-readiness',
        'implementation',
      ].map((s) => `${prefix}${s}/`),
    );
    await page.close();
  });
});
