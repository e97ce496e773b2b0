/** Helpers for the browser tests of the offline site (tests/browser/offline, update, csp). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DIST } from '../support/dist.ts';

/** Fails with the fix when the build lacks the post-build step (service worker, policy). */
export function requireFinishedBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'sw.js')))
    throw new Error(
      `${dir}/sw.js is missing: build with \`npm run build\` (astro build, whose last step, ` +
        `src/pwa/build/integration.ts, writes the policy and the service worker).`,
    );
}

/** Waits until the service worker has precached the site and controls the page. */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

/** Searches the site through the header's search dialog; returns the result titles. */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('site-search input').fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return results.allTextContents();
}

/** Creates a deal through a tool's deal bar (English or Chinese labels). */
export async function createDeal(
  page: Page,
  lang: 'en' | 'zh',
  name: string,
  customer: string,
): Promise<void> {
  const t =
    lang === 'en'
      ? {
          newDeal: 'New deal',
          name: 'Deal name',
          customer: 'Customer',
          create: 'Create',
          current: 'Current deal',
        }
      : { newDeal: '新建交易', name: '交易名称', customer: '客户名称', create: '创建', current: '当前交易' };
  await page.getByRole('button', { name: t.newDeal }).click();
  await page.getByLabel(t.name, { exact: true }).fill(name);
  await page.getByLabel(t.customer, { exact: true }).fill(customer);
  await page.getByRole('button', { name: t.create, exact: true }).click();
  await expect
    .poll(() => page.getByLabel(t.current).locator('option:checked').textContent())
    .toBe(`${name} · ${customer}`);
}
