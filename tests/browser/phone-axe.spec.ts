// Issue 15: axe finds nothing on the views the phone fixes changed, at phone width, in both
// languages and both themes: the home page with its menu open, the glossary filtering, a stage
// page with a long deal name and its plain "before you move on" list, and the board showing a
// message.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PHONE, createDeal } from './phone-support';

test.use({ viewport: PHONE });
// axe reads every node of four long pages: minutes, not seconds, on a busy machine.
test.setTimeout(240_000);

async function noViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['zh', 'en'] as const) {
    const prefix = lang === 'en' ? '/en' : '';

    test(`${lang}, ${theme}: the changed phone views pass axe`, async ({ page }) => {
      await page.addInitScript((value) => {
        try {
          localStorage.setItem('starlight-theme', value);
        } catch {
          // Storage blocked: the page follows the system theme.
        }
      }, theme);
      await page.emulateMedia({ colorScheme: theme });

      await page.goto(`${prefix}/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.locator('button[popovertarget="starlight__sidebar"]').click();
      await expect(page.locator('#starlight__sidebar')).toBeVisible();
      await noViolations(page, 'home with the menu open');

      await page.goto(`${prefix}/glossary/`);
      await page.locator('#glossary-filter').fill(lang === 'en' ? 'budget' : '预算');
      await expect(page.locator('#glossary-filter-status')).not.toBeEmpty();
      await noViolations(page, 'glossary, filtered');

      await createDeal(
        page,
        lang,
        '华建建材 进销存二期 · 深圳市华建建材贸易有限公司 年度采购销售库存一体化管理项目',
        '深圳市华建建材贸易有限公司',
      );
      await page.goto(`${prefix}/process/close-readiness/`);
      await expect(page.locator('.pb-tool-live')).toBeVisible();
      await noViolations(page, 'stage page with a long deal name');

      await page.goto(`${prefix}/deals/`);
      const board = page.locator('.pb-board-live');
      await board
        .getByRole('button', { name: new RegExp(`^${lang === 'en' ? 'Duplicate' : '创建副本'}`) })
        .first()
        .click();
      await expect(page.locator('.pb-board-toast-body')).toBeVisible();
      await noViolations(page, 'board with a message');
    });
  }
}
