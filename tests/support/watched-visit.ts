/**
 * A page visit for the privacy and policy gates: every request of the browser context and every
 * policy problem (tests/support/policy-watch.ts) recorded from before the page loads, and the page
 * scrolled through so islands that wait to be seen load too.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { watchPolicy } from './policy-watch.ts';
import { foreignRequests, recordRequests } from './requests.ts';

export interface WatchedVisit {
  /** Checks, once the page has done its work, that nothing left the origin and nothing broke the policy. */
  expectClean: () => Promise<void>;
}

export async function openWatched(
  context: BrowserContext,
  page: Page,
  url: string,
  baseURL: string,
): Promise<WatchedVisit> {
  const requests = recordRequests(context);
  const problems = await watchPolicy(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  return {
    expectClean: async () => {
      await page.waitForLoadState('networkidle');
      expect(requests).toContain(new URL(url, baseURL).href);
      expect(foreignRequests(requests, new URL(baseURL).origin)).toEqual([]);
      expect(await problems()).toEqual([]);
    },
  };
}
