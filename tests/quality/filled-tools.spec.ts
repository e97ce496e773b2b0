/**
 * The stage pages with their tools used, for two gates in one visit: a rep's deal is created and
 * every control of the page's tool filled in through the UI (tests/support/fill-tool.ts), then
 * - privacy and policy: the page requested nothing from another origin, and no Content Security
 *   Policy violation, console error or page error happened (as privacy.spec.ts checks every
 *   other page);
 * - accessibility: axe-core finds zero violations with the filled tool on screen, in the light
 *   and the dark theme (as accessibility.spec.ts checks every other page).
 * One test per stage page, both languages.
 */
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { fillTool, islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';
import { requireFinishedBuild } from '../support/service-worker.ts';
import { langOf, STAGE_TOOL_PAGES } from '../support/site-pages.ts';
import { openWatched } from '../support/watched-visit.ts';

// Filling a tool through its controls and scanning takes 5–10 s on an idle 2-core machine: room for a busy one.
test.describe.configure({ timeout: 180_000 });

/** The deal a rep creates, in the page's language. */
const DEAL = {
  zh: { name: '华建建材 进销存二期', customer: '深圳华建建材' },
  en: { name: 'Huajian Building Materials, phase two', customer: 'Shenzhen Huajian Building Materials' },
} as const;

// The policy checked is the one the build writes into each page when it is done.
requireFinishedBuild();

for (const url of STAGE_TOOL_PAGES) {
  test(`${url}: its tool filled in, requests nothing from another origin, breaks no policy and has no axe violations`, async ({
    context,
    page,
    baseURL,
  }) => {
    const visit = await openWatched(context, page, url, baseURL!);
    await islandReady(page);
    const deal = DEAL[langOf(url)];
    await createDealThroughUi(page.locator('.pb-dealbar').first(), langOf(url), deal.name, deal.customer);
    await fillTool(page);
    // Values are on screen: at least one box ticked.
    await expect(page.locator('.pb-tool-body input:checked').first()).toBeAttached();
    // Checked before axe's own script goes into the page.
    await visit.expectClean();
    expect(await axeViolationsInBothThemes(page)).toEqual([]);
  });
}
