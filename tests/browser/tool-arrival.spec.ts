// Issue 15, item 2: a link to a checklist item, opened in a fresh browser with no deal, shows
// the item in the tool's read-only list, highlighted, with the invitation to create a deal
// beside it; creating a deal from there keeps the reader at the item (now the tool's own).
// Item 10 (tool pages): New deal opens at the name field, which follows the button in Tab
// order; after Create focus is in the tool, never on the page's body, and the page keeps its place.
// Both languages; the phone at 390 px; axe on the no-deal view in both themes.
import chrome from '../../content/tool-chrome.json' with { type: 'json' };
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';
import { PHONE } from './phone-support.ts';

const ITEM = 'implementation--step-2';
const TOOL = '.pb-tool[data-tool="implementation"]';

for (const lang of ['zh', 'en'] as const) {
  const t = chrome[lang];
  const prefix = lang === 'en' ? '/en' : '';

  test.describe(`a link to an item with no deal (${lang}, phone)`, () => {
    test.use({ viewport: PHONE, lang });

    test('shows the item read-only and highlighted beside the invitation, and stays there after Create', async ({
      page,
      pageErrors,
    }) => {
      await page.goto(`${prefix}/process/implementation/#${ITEM}`);
      await islandReady(page);
      const item = page.locator(`${TOOL} .pb-tool-fallback li#${ITEM}`);
      await expect(item).toBeVisible();
      await expect(item).toHaveClass(/\bpb-arrived\b/);
      await expect(item).toBeInViewport();
      // Read-only: the list has no form controls; the invitation and New deal are on screen with it.
      await expect(page.locator(`${TOOL} .pb-tool-fallback`).locator('input, select, textarea')).toHaveCount(
        0,
      );
      const invitation = page.locator(`${TOOL} .pb-tool-live > .pb-notice`);
      await expect(invitation).toHaveText(t.needDeal);
      await expect(invitation).toBeInViewport();
      const newDeal = page.locator(TOOL).getByRole('button', { name: t.newDeal });
      await expect(newDeal).toBeInViewport();
      expect(await axeViolationsInBothThemes(page, TOOL)).toEqual([]);

      await newDeal.click();
      const name = page.locator(TOOL).getByLabel(t.dealName, { exact: true });
      await expect(name).toBeFocused();
      await name.fill(lang === 'zh' ? '学员的交易' : 'Trainee deal');
      await page.locator(TOOL).getByRole('button', { name: t.create, exact: true }).click();

      const live = page.locator(`${TOOL} .pb-tool-live li#${ITEM}`);
      await expect(live).toBeVisible();
      await expect(live).toBeInViewport();
      await expect(live).toHaveClass(/\bpb-arrived\b/);
      await expect(item).toBeHidden();
      // Focus went on with the work, at the linked item, not to the page's body.
      expect(await live.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  });

  test.describe(`creating a deal from a tool (${lang}, desktop)`, () => {
    test.use({ lang, viewport: { width: 1280, height: 800 } });

    test('New deal opens at the name field, which Tab order reaches from the button; Create focuses the tool without moving the page', async ({
      page,
      pageErrors,
    }) => {
      await page.goto(`${prefix}/process/demo/`);
      await islandReady(page);
      const tool = page.locator('.pb-tool[data-tool="demo"]');
      const newDeal = tool.getByRole('button', { name: t.newDeal });
      await newDeal.scrollIntoViewIfNeeded();
      await newDeal.focus();
      await page.keyboard.press('Enter');
      const name = tool.getByLabel(t.dealName, { exact: true });
      await expect(name).toBeFocused();
      // The field follows the button: back from it is the button, not the board link.
      await page.keyboard.press('Shift+Tab');
      await expect(newDeal).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(name).toBeFocused();

      await name.fill(lang === 'zh' ? '新客户' : 'New customer');
      const bar = tool.locator('.pb-dealbar');
      const before = await bar.evaluate((el) => el.getBoundingClientRect().top);
      await page.keyboard.press('Enter');
      await expect(tool.locator('.pb-tool-body')).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('.pb-tool-body') !== null))
        .toBe(true);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
      const after = await bar.evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(after - before)).toBeLessThan(2);
      expect(pageErrors).toEqual([]);
    });
  });
}
