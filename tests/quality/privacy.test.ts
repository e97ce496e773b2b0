/**
 * Privacy gate: one whole browser session visits every page and uses every tool
 * (and the deal board); every request it makes goes to the site's own origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { ALL_PAGES, createDeal, fillTool, islandReady, langOf, TOOL_PAGES } from './support.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('privacy', () => {
  it('a session over every page and every tool requests nothing from another origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = new URL(base).origin;
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));

    const created = new Set<string>();
    for (const url of ALL_PAGES) {
      await page.goto(base + url, { waitUntil: 'networkidle' });
      // Lazy islands (client:visible) load when seen: scroll through the page.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      if (TOOL_PAGES.includes(url) && url.includes('/process/')) {
        await islandReady(page);
        const lang = langOf(url);
        if (!created.has(lang)) await createDeal(page, lang, 'Privacy check', 'ACME');
        created.add(lang);
        await fillTool(page);
      }
      await page.waitForLoadState('networkidle');
    }
    // The board with the filled deals, and its search dialog (loads the search index).
    await page.goto(`${base}/en/deals/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+K');
    await page.keyboard.type('deal');
    await page.waitForLoadState('networkidle');
    await context.close();

    expect(requests.length).toBeGreaterThan(ALL_PAGES.length);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  }, 300_000);
});
