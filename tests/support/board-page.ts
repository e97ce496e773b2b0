/** A page opened with deals already stored, at the widths the board's specs check. */
import type { Page } from '@playwright/test';
import type { Deal } from '../../src/deals/schema';
import { seedDeals } from './seed-deals.ts';

/** A phone and a desktop window: the board and its summary must work at both. */
export const PHONE_AND_DESKTOP = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** Stores `deals` (the first one current), then opens `path`: the site starts with them. */
export async function openWithDeals(page: Page, path: string, deals: readonly Deal[]): Promise<void> {
  await seedDeals(page, deals);
  await page.goto(path);
}
