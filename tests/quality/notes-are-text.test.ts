/**
 * Notes are text: HTML and script payloads typed into a deal's name, customer and
 * every tool's fields, and stored in its notes, are shown as text, run nothing
 * (no flag set, no dialog) and add no elements.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { createDeal, fillTool, islandReady, langOf, TOOL_PAGES } from './support.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAYLOAD =
  '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>' +
  '<a href="javascript:window.__pwned=3">link</a>';

async function assertInert(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element the payload would create if it were parsed as markup.
  expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.filter((el) => (el.textContent ?? '').includes('__pwned')).length);
  expect(scripts).toBe(0);
}

describe('notes and answers are text', () => {
  it('payloads typed into every tool and the deal are shown as text and run nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });

    const created = new Set<string>();
    for (const url of TOOL_PAGES.filter((u) => u.includes('/process/'))) {
      await page.goto(base + url);
      await islandReady(page);
      const lang = langOf(url);
      if (!created.has(lang)) await createDeal(page, lang, PAYLOAD, PAYLOAD);
      created.add(lang);
      await fillTool(page, PAYLOAD);
      await assertInert(page, dialogs);
      // The deal's name is shown as typed, in the deal switcher.
      expect(await page.locator('.pb-dealbar select option:checked').textContent()).toContain('<img src=x');
    }

    // Notes have no editor of their own yet: store them with the deal, as an import would.
    await page.evaluate((payload) => {
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('playbook:deal:'))) {
        const record = JSON.parse(localStorage.getItem(key)!) as { deal?: { notes: string } };
        if (record.deal) {
          record.deal.notes = payload;
          localStorage.setItem(key, JSON.stringify(record));
        }
      }
    }, PAYLOAD);

    for (const url of [...TOOL_PAGES]) {
      await page.goto(base + url);
      await islandReady(page);
      await assertInert(page, dialogs);
    }
    // Typed values come back as the same text.
    await page.goto(`${base}/en/deals/`);
    await islandReady(page);
    expect(await page.locator('.pb-board-live').textContent()).toContain('<script>window.__pwned=2</script>');
    await assertInert(page, dialogs);
    await context.close();
  }, 300_000);
});
