/**
 * Issue 17, "Search on intent": a reading page fetches nothing of search (Pagefind's UI,
 * its API, its index) until the reader shows intent; after each kind of intent (pointer
 * over the button, focus on it, Ctrl+K, "/", a tap on a phone) the dialog opens and finds
 * results, with its messages in the page's language. The open → results time is recorded
 * as an annotation, never asserted (the machine may be busy).
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { SEARCH_QUERY, searchStopwatchMs, startSearchStopwatch } from '../bench/search-open';
import { PHONE } from './phone-support';

/** Search's own files: Pagefind's UI chunk, the question fallback, and everything under /pagefind/. */
const isSearchFile = (request: Request) =>
  /\/pagefind\/|\/_astro\/(?:ui-core|fallback)\.[\w-]+\.(?:js|css)$/.test(new URL(request.url()).pathname);

/** What a page fetched of search until the network went idle after opening it. */
async function openQuietly(page: Page, path: string): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (isSearchFile(request)) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return fetched;
}

const BUTTON = 'site-search button[data-open-modal]';
/** Pagefind UI's result count line in each language: "找到 N 个“预算”的结果" / "N results for budget". */
const COUNTED = { zh: /找到 \d+ 个“预算”的结果/, en: /\d+ results for budget/ };

/**
 * After `intent`, the dialog's field has focus and a search finds results in the page's
 * language; the open → results time goes to the test's annotations.
 */
async function searchesAfter(page: Page, lang: 'zh' | 'en', intent: (page: Page) => Promise<void>) {
  await startSearchStopwatch(page);
  await intent(page);
  const input = page.locator('site-search input');
  await expect(input).toBeFocused();
  await input.fill(SEARCH_QUERY[lang]);
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__message')).toHaveText(COUNTED[lang]);
  test.info().annotations.push({
    type: 'open → results (ms)',
    description: String(await searchStopwatchMs(page)),
  });
}

test('the search button names every shortcut that opens search, and each one opens it', async ({ page }) => {
  await page.goto('/glossary/');
  const shortcuts = (await page.locator(BUTTON).getAttribute('aria-keyshortcuts'))?.split(' ');
  expect(shortcuts).toEqual(['Control+K', 'Meta+K', '/']);
  for (const shortcut of shortcuts ?? []) {
    await page.keyboard.press(shortcut);
    await expect(page.locator('site-search dialog'), shortcut).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('site-search dialog'), shortcut).toBeHidden();
  }
});

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';

  test.describe(`${lang}`, () => {
    for (const path of ['/glossary/', '/']) {
      test(`${path} fetches nothing of search before intent, and search's files on intent`, async ({
        page,
      }) => {
        expect(await openQuietly(page, `${prefix}${path}`)).toEqual([]);
        const pagefind = page.waitForRequest(
          (request) => new URL(request.url()).pathname === '/pagefind/pagefind.js',
        );
        await page.locator(BUTTON).hover();
        await pagefind;
      });
    }

    const intents: [string, (page: Page) => Promise<void>][] = [
      [
        'pointer over the button, then a click',
        async (page) => {
          await page.locator(BUTTON).hover();
          await page.locator(BUTTON).click();
        },
      ],
      [
        'focus on the button, then Enter',
        async (page) => {
          await page.locator(BUTTON).focus();
          await page.keyboard.press('Enter');
        },
      ],
      [
        'Ctrl+K',
        async (page) => {
          await page.keyboard.press('Control+k');
        },
      ],
      [
        '/',
        async (page) => {
          await page.keyboard.press('/');
        },
      ],
    ];
    for (const [name, intent] of intents) {
      test(`after ${name}, search finds results in the page's language`, async ({ page }) => {
        expect(await openQuietly(page, `${prefix}/glossary/`)).toEqual([]);
        await searchesAfter(page, lang, intent);
      });
    }

    test.describe('on a phone', () => {
      test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

      test('a tap on the search button loads search and opens it; results follow', async ({ page }) => {
        expect(await openQuietly(page, `${prefix}/glossary/`)).toEqual([]);
        await searchesAfter(page, lang, (phone) => phone.locator(BUTTON).tap());
      });
    });
  });
}
