// Issue 15, item 15 (second half): on a phone the glossary has its own filter field, since a
// phone has no Ctrl+F; typing keeps the matching terms and hides the rest.
import { test, expect } from '@playwright/test';
import { PHONE } from './phone-support';

test.use({ viewport: PHONE });

for (const [lang, prefix, label, query, none] of [
  ['zh', '', '筛选术语', '内线', '没有'],
  ['en', '/en', 'Filter terms', 'champion', 'No term'],
] as const) {
  test(`${lang}: the glossary filter finds a term on a phone`, async ({ page }) => {
    await page.goto(`${prefix}/glossary/`);
    await expect(page.locator('main')).not.toContainText('Ctrl+F');
    const filter = page.getByRole('searchbox', { name: label });
    await expect(filter).toBeVisible();
    await filter.fill(query);
    await expect(page.locator('h3#inside-champion')).toBeVisible();
    await expect(page.locator('h3#target-customer')).toBeHidden();
    // The term's definition shows with it.
    await expect(page.locator('.sl-heading-wrapper:has(h3#inside-champion) + p')).toBeVisible();
    await expect(page.locator('.sl-heading-wrapper:has(h3#target-customer) + p')).toBeHidden();
    const status = page.locator('#glossary-filter-status');
    const shown = await page.locator('main h3:visible').count();
    expect(shown).toBeGreaterThan(0);
    await expect(status).toContainText(String(shown));
    await filter.fill('zzzz-no-such-term');
    await expect(status).toContainText(none);
    await filter.fill('');
    await expect(page.locator('h3#target-customer')).toBeVisible();
  });
}
