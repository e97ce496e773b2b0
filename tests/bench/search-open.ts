/**
 * The time from opening search to its first results, on a reading page that has loaded
 * nothing of search yet: the reader's intent (pointer over the button), the open (a click),
 * a query typed at once, the first result drawn. Measured in the page (performance.now()),
 * from the dialog's opening to the first result link in it. For `npm run bench` (wired in
 * bench.ts) and as an annotation of the browser tests; nothing asserts on it.
 */
import type { Page } from 'playwright-core';

/** What each language searches for: a term on several stage pages. */
export const SEARCH_QUERY = { zh: '预算', en: 'budget' } as const;

declare global {
  interface Window {
    /** Set by the stopwatch: when the dialog opened and when its first result showed. */
    searchStopwatch?: { opened?: number; results?: number };
  }
}

/** Starts watching the page for the search dialog's opening and its first result. */
export async function startSearchStopwatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: { opened?: number; results?: number } = {};
    window.searchStopwatch = watch;
    const dialog = document.querySelector('site-search dialog');
    new MutationObserver(() => {
      if (dialog?.hasAttribute('open')) watch.opened ??= performance.now();
      if (
        watch.opened !== undefined &&
        dialog?.querySelector('.pagefind-ui__result-link, #pb-search-fallback a')
      )
        watch.results ??= performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** Milliseconds from the dialog's opening to its first result, once both happened. */
export async function searchStopwatchMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const watch = window.searchStopwatch;
    return watch?.opened !== undefined && watch.results !== undefined && watch.results - watch.opened;
  });
  return Math.round((await handle.jsonValue()) as number);
}

/** Opens `baseURL`'s glossary in `lang`, then intent, open, query: ms from the open to the first result. */
export async function searchOpenMs(page: Page, baseURL: string, lang: 'zh' | 'en'): Promise<number> {
  await page.goto(`${baseURL}${lang === 'en' ? '/en' : ''}/glossary/`, { waitUntil: 'networkidle' });
  await startSearchStopwatch(page);
  const button = page.locator('site-search button[data-open-modal]');
  await button.hover();
  await button.click();
  await page.locator('site-search input').fill(SEARCH_QUERY[lang]);
  return searchStopwatchMs(page);
}
