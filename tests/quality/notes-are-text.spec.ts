/**
 * Notes are text: HTML and script payloads typed into a deal's name, customer and
 * every tool's fields, and stored in its notes, are shown as text, run nothing
 * (no flag set, no dialog) and add no elements. One test per tool page, and the board.
 */
import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { fillTool, islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';
import { inLang, langOf, STAGE_TOOL_PAGES } from '../support/site-pages.ts';

const PAYLOAD =
  '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>' +
  '<a href="javascript:window.__pwned=3">link</a>';

/** Dialogs the page opened (an alert would mean a payload ran). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element the payload would create if it were parsed as markup.
  await expect(page.locator('img[src="x"], a[href^="javascript:"]')).toHaveCount(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.filter((el) => (el.textContent ?? '').includes('__pwned')).length);
  expect(scripts).toBe(0);
}

/** Notes have no editor of their own yet: store them with every deal, as an import would. */
async function storeNotes(page: Page): Promise<void> {
  await page.evaluate((payload) => {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('playbook:deal:'))) {
      const record = JSON.parse(localStorage.getItem(key)!) as { deal?: { notes: string } };
      if (record.deal) {
        record.deal.notes = payload;
        localStorage.setItem(key, JSON.stringify(record));
      }
    }
  }, PAYLOAD);
}

// Filling a tool through its controls and scanning takes 10–20 s on an idle 2-core machine: room for a busy one.
test.describe.configure({ timeout: 180_000 });

/** A deal named with the payload, the page's tool filled with it, through the UI. */
async function payloadDeal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await islandReady(page);
  await createDealThroughUi(page.locator('.pb-dealbar').first(), langOf(url), PAYLOAD, PAYLOAD);
  await fillTool(page, PAYLOAD);
}

for (const url of STAGE_TOOL_PAGES) {
  test(`${url}: payloads typed into the tool and the deal, and stored in its notes, are text and run nothing`, async ({
    page,
  }) => {
    const dialogs = watchDialogs(page);
    await payloadDeal(page, url);
    await expectInert(page, dialogs);
    // The deal's name is shown as typed, in the deal switcher.
    await expect(page.locator('.pb-dealbar select option:checked').first()).toContainText('<img src=x');

    await storeNotes(page);
    await page.reload();
    await islandReady(page);
    await expectInert(page, dialogs);
  });
}

for (const board of ['/deals/', '/en/deals/']) {
  test(`${board}: a deal with payloads everywhere is shown as text and runs nothing`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    await payloadDeal(page, inLang(langOf(board), '/process/prospecting/'));
    await storeNotes(page);
    await page.goto(board);
    await islandReady(page);
    // Typed values come back as the same text.
    await expect(page.locator('.pb-board-live')).toContainText('<script>window.__pwned=2</script>');
    await expectInert(page, dialogs);
  });
}
