/**
 * The browser tests' fixtures, on top of Playwright Test's own (`page`, `context`, …):
 * import `{ test, expect }` from here instead of '@playwright/test' when a test needs them.
 *
 * - `lang`, `theme` (options): the page's language and colour theme; `at(path)` puts a
 *   site path in `lang` ("/deals/" → "/en/deals/").
 * - `storage` (option): 'blocked' gives every page a localStorage that throws, as when
 *   the user blocks site data; `fillQuota()` fills the real quota on demand.
 * - `pageErrors`: console and page errors of `page`, for tests that expect none.
 * - `freshDeal`: `page` on a stage tool (`toolPage`, in `lang`) with a new, empty deal open
 *   (named `dealName`, or FRESH_DEAL).
 * - `filledDeal`: the same, with every control of that tool filled in through the UI (`fillText`).
 * - `caseStudy`: `page` on the deal board with the first case study loaded.
 * - `onPage(url)`: the `lang` and `toolPage` options for a site path such as "/en/process/demo/".
 */
import { test as base, expect, type Page } from '@playwright/test';
import board from '../../content/board.json' with { type: 'json' };
import cases from '../../content/case-studies/cases.json' with { type: 'json' };
import { createDealThroughUi } from './deal-ui.ts';
import { fillTool, islandReady } from './fill-tool.ts';
import { collectErrors } from './page-errors.ts';
import { inLang, langOf, type Lang } from './site-pages.ts';
import { blockStorage, fillQuota } from './storage-faults.ts';

export { expect };

interface Options {
  lang: Lang;
  theme: 'light' | 'dark';
  storage: 'normal' | 'blocked';
  /** The stage page `freshDeal` opens, as a path in no language ("/process/implementation/"). */
  toolPage: string;
  /** The name `freshDeal` gives its deal (its customer is then `fillText`); FRESH_DEAL by default. */
  dealName: string | undefined;
  /** What `filledDeal` types into every text field. */
  fillText: string;
}

interface Fixtures {
  at: (path: string) => string;
  pageErrors: string[];
  fillQuota: () => Promise<() => Promise<void>>;
  freshDeal: Page;
  filledDeal: Page;
  caseStudy: Page;
}

/** The deal `freshDeal` creates, by language. */
export const FRESH_DEAL = { zh: '新交易', en: 'Fresh deal' } as const;

/** The case study `caseStudy` loads: the first one. */
export const CASE_STUDY = cases.cases[0]!;

export const test = base.extend<Fixtures & Options>({
  lang: ['en', { option: true }],
  theme: ['light', { option: true }],
  storage: ['normal', { option: true }],
  toolPage: ['/process/implementation/', { option: true }],
  dealName: [undefined, { option: true }],
  fillText: ['Filled in', { option: true }],

  colorScheme: async ({ theme }, use) => {
    await use(theme);
  },

  context: async ({ context, storage }, use) => {
    if (storage === 'blocked') await blockStorage(context);
    await use(context);
  },

  at: async ({ lang }, use) => {
    await use((path) => inLang(lang, path));
  },

  pageErrors: async ({ page }, use) => {
    await use(collectErrors(page));
  },

  fillQuota: async ({ page }, use) => {
    await use(() => fillQuota(page));
  },

  freshDeal: async ({ page, lang, toolPage, dealName, fillText }, use) => {
    await page.goto(inLang(lang, toolPage));
    await islandReady(page);
    const name = dealName ?? FRESH_DEAL[lang];
    // The deal bar of the page's first tool (the prospecting page has a second, the exit criteria).
    const bar = page.locator('.pb-dealbar').first();
    await createDealThroughUi(bar, lang, name, dealName === undefined ? '' : fillText);
    await page.locator('.pb-tool-body').first().waitFor();
    await use(page);
  },

  caseStudy: async ({ page, lang }, use) => {
    await page.goto(inLang(lang, '/deals/'));
    const label = board.text.caseLoadLabel[lang].replace('{title}', CASE_STUDY.title[lang]);
    await page.getByRole('button', { name: label }).click();
    await expect(page.getByRole('rowheader', { name: CASE_STUDY.name[lang] })).toBeVisible();
    await use(page);
  },

  filledDeal: async ({ freshDeal: page, fillText }, use) => {
    await fillTool(page, fillText);
    // Values are on screen: at least one box ticked.
    await expect(page.locator('.pb-tool-body input:checked').first()).toBeAttached();
    await use(page);
  },
});

/** The options that put `freshDeal` and `filledDeal` on `url`, a site path in either language. */
export function onPage(url: string): { lang: Lang; toolPage: string } {
  const lang = langOf(url);
  return { lang, toolPage: lang === 'en' ? url.slice('/en'.length) : url };
}
