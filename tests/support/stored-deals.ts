/** What the site stored: deals as the storage module wrote them to localStorage. */
import type { Page } from '@playwright/test';

export interface StoredDeal {
  id: string;
  name: string;
  customer: string;
}

/** Every stored record (`{ deal, … }`), by its key ("playbook:deal:<id>"). */
export function storedRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const records: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith('playbook:deal:')) records[key] = JSON.parse(localStorage.getItem(key) ?? 'null');
    }
    return records;
  });
}

/** The stored deals themselves. */
export async function storedDeals(page: Page): Promise<StoredDeal[]> {
  return Object.values(await storedRecords(page)).map((record) => (record as { deal: StoredDeal }).deal);
}
