/**
 * Accessibility gate: axe-core (every rule it runs by default, WCAG A/AA and best
 * practices) on every built page, both languages, light and dark theme (the home page's map,
 * the deal board, the team view and the workshop views showing a stored deal with every tool
 * answered). Zero violations. One test per page. The stage pages are scanned with their tools
 * filled in through their own controls in filled-tools.spec.ts, in the same visit as their
 * privacy and policy checks.
 */
import type { Page } from '@playwright/test';
import { fullAnswers, sampleDeal } from '../board/deals.ts';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';
import { seedDeals } from '../support/seed-deals.ts';
import { ALL_PAGES, langOf, STAGE_TOOL_PAGES, TOOL_PAGES } from '../support/site-pages.ts';

/** The stored deal's name, in the page's language. */
const DEAL_NAME = { zh: '华建建材 进销存二期', en: 'Huajian Building Materials, phase two' } as const;

/** Pages that show what a rep's deal holds, without a tool of their own to fill. */
const SHOWS_DEALS = new Set(['/', '/en/', ...TOOL_PAGES.filter((url) => !STAGE_TOOL_PAGES.includes(url))]);

/** The page opened once, its tool or board showing the deal, then scanned in each theme. */
async function scanInBothThemes(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  // The workshop view shows the tool's list for reading, with no live tool to wait for.
  if (TOOL_PAGES.includes(url) && !url.includes('/workshop/')) {
    await islandReady(page);
    // The filled-in tool or the board, not its empty state: the deal's answers are on screen.
    await page.locator('.pb-tool-body, .pb-board-live').first().waitFor({ state: 'attached' });
  }
  return axeViolationsInBothThemes(page);
}

for (const url of ALL_PAGES.filter((page) => !STAGE_TOOL_PAGES.includes(page))) {
  test.describe(url, () => {
    if (SHOWS_DEALS.has(url)) {
      // A deal with every stage's tool answered, stored before the page's scripts run.
      test('has no axe violations, showing a deal with every tool answered', async ({ page }) => {
        await seedDeals(page, [sampleDeal('a11y', DEAL_NAME[langOf(url)], fullAnswers())]);
        expect(await scanInBothThemes(page, url)).toEqual([]);
      });
    } else {
      test('has no axe violations', async ({ page }) => {
        expect(await scanInBothThemes(page, url)).toEqual([]);
      });
    }
  });
}
