/**
 * Accessibility gate: axe-core (every rule it runs by default, WCAG A/AA and best
 * practices) on every built page, both languages, light and dark theme, with each
 * tool showing values filled in through its own controls. Zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { ALL_PAGES, createDeal, fillTool, islandReady, langOf, TOOL_PAGES } from './support.ts';

const base = inject('baseUrl');
let browser: Browser;
/** localStorage with one deal per language, every tool filled in through its controls. */
let filled: Awaited<ReturnType<BrowserContext['storageState']>>;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const lang of ['zh', 'en'] as const) {
    let created = false;
    for (const url of TOOL_PAGES.filter((u) => langOf(u) === lang && u.includes('/process/'))) {
      await page.goto(base + url);
      await islandReady(page);
      if (!created) await createDeal(page, lang, lang === 'zh' ? '财务系统升级' : 'Finance upgrade', 'ACME');
      created = true;
      await fillTool(page);
      // Values are on screen: at least one box ticked and one field typed in.
      expect(await page.locator('.pb-tool-body input:checked').count()).toBeGreaterThan(0);
    }
  }
  filled = await context.storageState();
  await context.close();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

type Violation = { id: string; help: string; targets: string[] };

async function scan(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: theme, storageState: filled });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the theme is applied', async () => {
    await page.goto(base + '/');
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
  });

  it.each(ALL_PAGES)('%s has no axe violations', async (url) => {
    await page.goto(base + url);
    if (TOOL_PAGES.includes(url)) {
      await islandReady(page);
      // The filled-in tool, not its empty state: the deal's answers are on screen.
      await page.locator('.pb-tool-body, .pb-board-live').first().waitFor({ state: 'attached' });
    }
    expect(await scan(page)).toEqual([]);
  });
});
