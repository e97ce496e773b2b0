/**
 * Privacy and policy gate: every page (and the deal board with its search) requests nothing from
 * another origin and runs with zero Content Security Policy violations or errors. One test per
 * page, one visit for both checks: the browser context records every request, and
 * tests/support/policy-watch.ts what the policy refused. The stage pages, with their tools used,
 * are checked in filled-tools.spec.ts, in the same visit as their accessibility scan.
 */
import { createDealThroughUi } from '../support/deal-ui.ts';
import { islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';
import { foreignRequests as foreign, recordRequests } from '../support/requests.ts';
import { search } from '../support/search.ts';
import { openWatched } from '../support/watched-visit.ts';
import { requireFinishedBuild } from '../support/service-worker.ts';
import { ALL_PAGES, STAGE_TOOL_PAGES } from '../support/site-pages.ts';

// The policy checked is the one the build writes into each page when it is done.
requireFinishedBuild();

test('the pages include both languages', () => {
  expect(ALL_PAGES.some((path) => path.startsWith('/en/'))).toBe(true);
  expect(ALL_PAGES.some((path) => !path.startsWith('/en/'))).toBe(true);
});

for (const url of ALL_PAGES.filter((page) => !STAGE_TOOL_PAGES.includes(page))) {
  test(`${url} requests nothing from another origin and breaks no policy`, async ({
    context,
    page,
    baseURL,
  }) => {
    const visit = await openWatched(context, page, url, baseURL!);
    await visit.expectClean();
  });
}

test('the deal board and its search request nothing from another origin', async ({
  context,
  page,
  baseURL,
}) => {
  const requests = recordRequests(context);
  await page.goto('/en/process/prospecting/');
  await createDealThroughUi(page.locator('.pb-dealbar').first(), 'en', 'Privacy check', 'ACME');
  await page.goto('/en/deals/', { waitUntil: 'networkidle' });
  await islandReady(page);
  // The search dialog loads the search index.
  expect((await search(page, 'deal')).length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  expect(foreign(requests, new URL(baseURL!).origin)).toEqual([]);
});
