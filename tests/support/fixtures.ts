/**
 * The browser tests' fixtures, on top of Playwright Test's own (`page`, `context`, …):
 * import `{ test, expect }` from here instead of '@playwright/test' when a test needs them.
 *
 * - `lang`, `theme` (options): the page's language and colour theme; `at(path)` puts a
 *   site path in `lang` ("/deals/" → "/en/deals/").
 * - `storage` (option): 'blocked' gives every page a localStorage that throws, as when
 *   the user blocks site data; `fillQuota()` fills the real quota on demand.
 * - `pageErrors`: console and page errors of `page`, for tests that expect none.
 * - `freshDeal`: `page` on a stage tool (`toolPage`) with a new, empty deal open.
 * - `caseStudy`: `page` on the deal board with the first case study loaded.
 * - `filledDeal`: storage state with one deal per language, every tool filled in
 *   through its own controls (made once per worker; pass it as `storageState`).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import board from '../../content/board.json' with { type: 'json' };
import cases from '../../content/case-studies/cases.json' with { type: 'json' };
import { createDealThroughUi } from './deal-ui.ts';
import { fillTool, islandReady } from './fill-tool.ts';
import { collectErrors } from './page-errors.ts';
import { inLang, langOf, STAGE_TOOL_PAGES, type Lang } from './site-pages.ts';
import { blockStorage, fillQuota } from './storage-faults.ts';

export { expect };

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

interface Options {
  lang: Lang;
  theme: 'light' | 'dark';
  storage: 'normal' | 'blocked';
  /** The stage page `freshDeal` opens, as a path in no language ("/process/implementation/"). */
  toolPage: string;
}

interface Fixtures {
  at: (path: string) => string;
  pageErrors: string[];
  fillQuota: () => Promise<() => Promise<void>>;
  freshDeal: Page;
  caseStudy: Page;
}

interface WorkerFixtures {
  filledDeal: StorageState;
}

/** The deal `freshDeal` creates, by language. */
export const FRESH_DEAL = { zh: '新交易', en: 'Fresh deal' } as const;

/** The case study `caseStudy` loads: the first one. */
export const CASE_STUDY = cases.cases[0]!;

export const test = base.extend<Fixtures & Options, WorkerFixtures>({
  lang: ['en', { option: true }],
  theme: ['light', { option: true }],
  storage: ['normal', { option: true }],
  toolPage: ['/process/implementation/', { option: true }],

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

  freshDeal: async ({ page, lang, toolPage }, use) => {
    await page.goto(inLang(lang, toolPage));
    await createDealThroughUi(page, lang, FRESH_DEAL[lang]);
    await page.locator('.pb-tool-body').waitFor();
    await use(page);
  },

  caseStudy: async ({ page, lang }, use) => {
    await page.goto(inLang(lang, '/deals/'));
    const label = board.text.caseLoadLabel[lang].replace('{title}', CASE_STUDY.title[lang]);
    await page.getByRole('button', { name: label }).click();
    await expect(page.getByRole('rowheader', { name: CASE_STUDY.name[lang] })).toBeVisible();
    await use(page);
  },

  filledDeal: [
    async ({ browser }, use, workerInfo) => {
      // Worker fixtures get no per-test defaults: the address and settings come from the project.
      const { baseURL, launchOptions: _, ...options } = workerInfo.project.use;
      const context = await browser.newContext({ ...options, baseURL, serviceWorkers: 'block' });
      const page = await context.newPage();
      for (const lang of ['zh', 'en'] as const) {
        let created = false;
        for (const url of STAGE_TOOL_PAGES.filter((u) => langOf(u) === lang)) {
          await page.goto(url);
          await islandReady(page);
          const bar = page.locator('.pb-dealbar').first();
          if (!created)
            await createDealThroughUi(bar, lang, lang === 'zh' ? '财务系统升级' : 'Finance upgrade', 'ACME');
          created = true;
          await fillTool(page);
          // Values are on screen: at least one box ticked.
          await expect(page.locator('.pb-tool-body input:checked').first()).toBeAttached();
        }
      }
      const state = await context.storageState();
      await context.close();
      await use(state);
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});
