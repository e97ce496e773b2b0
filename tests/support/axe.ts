/** axe-core on a live page: each violation as "rule: targets", for readable test failures. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Violations on the page as it stands, or within `include` (a CSS selector) only. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Every rule runs; only violations are written up in detail (passes are not needed).
  // Legacy mode runs axe in the page itself: the default opens a blank page per scan to gather
  // frames' results, which cost about 1.5 s a scan here. It differs only for cross-origin
  // frames, which this site has none of (nothing leaves its origin), and axe's `frame-tested`
  // rule would report any frame it could not reach.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The page as it stands, scanned in the light and the dark theme (the site follows the system's).
 * Starlight's pages carry the theme they show, and each scan waits for it; the workshop view and
 * the blank worksheets follow the system's in CSS alone.
 */
export async function axeViolationsInBothThemes(page: Page, include?: string): Promise<string[]> {
  const found: string[] = [];
  const themed = (await page.locator('html[data-theme]').count()) > 0;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    if (themed) await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    found.push(...(await axeViolations(page, include)).map((v) => `${colorScheme}: ${v}`));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}
