// Issue 15, item 14: the home page on a phone has the same header menu as every other page:
// the language switch, the theme switch and the way to the glossary.
import { test, expect } from '@playwright/test';
import { PHONE } from './phone-support';

test.use({ viewport: PHONE });

for (const [lang, prefix, glossary] of [
  ['zh', '', '术语表'],
  ['en', '/en', 'Glossary'],
] as const) {
  test(`${lang}: the phone home page has the header menu`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    const menu = page.locator('button[popovertarget="starlight__sidebar"]');
    await expect(menu).toBeVisible();
    await menu.click();
    const pane = page.locator('#starlight__sidebar');
    await expect(pane.locator('starlight-lang-select select')).toBeVisible();
    await expect(pane.locator('starlight-theme-select select')).toBeVisible();
    await expect(pane.getByRole('link', { name: glossary })).toBeVisible();
    // The language switch works from here.
    await pane.locator('starlight-lang-select select').selectOption({ index: lang === 'zh' ? 1 : 0 });
    await expect(page).toHaveURL(lang === 'zh' ? /\/en\/$/ : /127\.0\.0\.1:\d+\/$/);
  });

  test(`${lang}: the desktop home page keeps its full-width layout`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}/`);
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    const main = await page.locator('main').boundingBox();
    expect(main!.x).toBeLessThan(40);
  });
}
