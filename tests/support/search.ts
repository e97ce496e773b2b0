/** Searching the site through the header's search dialog, as a reader does. */
import { expect, type Page } from '@playwright/test';

/** Opens search, types `query` and returns the result titles once there are some. */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('site-search input').fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results.allTextContents();
}
