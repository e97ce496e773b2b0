/** Searching through the header's search dialog and reading what it settles on, as a reader sees it. */
import { expect, type Page } from '@playwright/test';
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };

/** Pagefind UI's message while a search runs: not yet the answer. */
const SEARCHING = { zh: zh['pagefind.searching'].replace(/“.*$/, ''), en: 'Searching for' };

/** The results shown, in order: Pagefind's own list, or the shorter query's where that replaced it. */
const SHOWN_RESULTS = '#starlight__search .pagefind-ui__result:visible';
const PAGE_LINK = '.pagefind-ui__result-inner > .pagefind-ui__result-title > a';

/** Types `query` into the open search dialog and returns the pages it shows, best first, once settled. */
export async function ask(page: Page, query: string): Promise<string[]> {
  const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'zh';
  await page.locator('site-search input').fill(query);
  const frame = page.locator('#starlight__search');
  await expect(frame).toHaveAttribute('data-answered', query);
  if ((await frame.getAttribute('data-fallback')) === null) {
    const message = frame.locator('.pagefind-ui__message');
    await expect(message).toContainText(query);
    await expect(message).not.toContainText(SEARCHING[lang]);
  }
  const results = page.locator(SHOWN_RESULTS);
  // Pagefind UI draws each result once its page data has loaded: wait for the first three.
  await expect
    .poll(async () => {
      const count = await results.count();
      return count > 0 && (await page.locator(`${SHOWN_RESULTS} ${PAGE_LINK}`).count()) >= Math.min(count, 3);
    })
    .toBe(true);
  const hrefs = await page
    .locator(`${SHOWN_RESULTS} ${PAGE_LINK}`)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs;
}

/** Opens the search dialog with the button, as a reader does on a desktop. */
export async function openSearch(page: Page): Promise<void> {
  await page.locator('site-search button[data-open-modal]').click();
  await expect(page.locator('site-search input')).toBeFocused();
}
