// Issue 15 (the English header on phones): the site title is never cut off at 320 and 390 px.
// English shows its short title there, with the full title still the link's name and the
// page's <title>; the Chinese title is short enough as it is and stays unchanged.
import { expect, test } from '../support/fixtures.ts';
import { NARROW_PHONE, PHONE } from './phone-support.ts';

const FULL = { zh: '软件销售流程', en: 'Software Sales Playbook' } as const;
const SHOWN = { zh: '软件销售流程', en: 'Sales Playbook' } as const;

for (const lang of ['zh', 'en'] as const) {
  for (const viewport of [NARROW_PHONE, PHONE]) {
    test.describe(`${lang} at ${viewport.width} px`, () => {
      test.use({ lang, viewport });

      for (const path of ['/', '/process/demo/']) {
        test(`the title fits the header on ${path}`, async ({ page, at }) => {
          await page.goto(at(path));
          const title = page.locator('header a.site-title');
          await expect(title).toBeVisible();
          await expect(title).toHaveAccessibleName(FULL[lang]);
          await expect(page).toHaveTitle(new RegExp(FULL[lang]));
          // The text a reader sees, and nothing of it clipped.
          const shown = await title.evaluate((link) =>
            [...link.querySelectorAll('span')]
              .filter((span) => span.getClientRects().length > 0 && span.clientWidth > 1)
              .map((span) => ({
                text: span.textContent?.trim(),
                fits: span.scrollWidth <= span.clientWidth,
              })),
          );
          expect(shown).toEqual([{ text: SHOWN[lang], fits: true }]);
          expect(await title.evaluate((link) => link.scrollWidth <= link.clientWidth)).toBe(true);
        });
      }
    });
  }

  test.describe(`${lang} on a desktop`, () => {
    test.use({ lang, viewport: { width: 1280, height: 800 } });

    test('shows the full title', async ({ page, at }) => {
      await page.goto(at('/'));
      const title = page.locator('header a.site-title');
      await expect(title).toHaveAccessibleName(FULL[lang]);
      await expect(title.getByText(FULL[lang], { exact: true })).toBeVisible();
    });
  });
}
