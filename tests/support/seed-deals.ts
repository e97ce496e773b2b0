/** Puts deals into a page's localStorage before the site's scripts run, in the stored format (src/storage/keys.ts). */
import type { Page } from '@playwright/test';
import type { Deal } from '../../src/deals/schema';

/**
 * Seeds `deals` (the first one current) on the first page load only, so a
 * reload shows what the site saved since, not the seed again.
 */
export async function seedDeals(page: Page, deals: readonly Deal[]): Promise<void> {
  await page.addInitScript((list: Deal[]) => {
    if (sessionStorage.getItem('test:seeded') !== null) return;
    sessionStorage.setItem('test:seeded', '1');
    for (const deal of list)
      localStorage.setItem(`playbook:deal:${deal.id}`, JSON.stringify({ version: 1, deal }));
    const meta = { version: 1, currentDealId: list[0]?.id ?? null, lastExportAt: '2026-11-28T09:00:00.000Z' };
    localStorage.setItem('playbook:meta', JSON.stringify(meta));
  }, deals as Deal[]);
}
