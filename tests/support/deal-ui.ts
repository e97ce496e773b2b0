/** Creating deals as a rep does, through the site's own forms. */
import { expect, type Locator, type Page } from '@playwright/test';
import chrome from '../../content/tool-chrome.json' with { type: 'json' };
import type { Lang } from './site-pages.ts';

/**
 * Creates a deal with a tool's deal switcher ("New deal"), in `scope` (the page, or one
 * tool when a page has several); it becomes the current deal, shown in the switcher.
 */
export async function createDealThroughUi(
  scope: Page | Locator,
  lang: Lang,
  name: string,
  customer = '',
): Promise<void> {
  const t = chrome[lang];
  await scope.getByRole('button', { name: t.newDeal }).click();
  await scope.getByLabel(t.dealName, { exact: true }).fill(name);
  if (customer) await scope.getByLabel(t.customer, { exact: true }).fill(customer);
  await scope.getByRole('button', { name: t.create, exact: true }).click();
  await expect(scope.getByLabel(t.currentDeal, { exact: true }).locator('option:checked')).toHaveText(
    customer ? `${name} · ${customer}` : name,
  );
}

/** Creates a deal with the deal board's own form (English board); it becomes the open deal. */
export async function createDealOnBoard(page: Page, name: string, customer: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'New deal' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByLabel('Deal name').fill(name);
  await page.getByLabel('Customer').fill(customer);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Current deal: ${name} · ${customer}` })).toBeVisible();
}
