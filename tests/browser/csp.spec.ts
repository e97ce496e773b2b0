/**
 * The site runs under its Content Security Policy: every page in both languages, search,
 * a tool and the board's export, with zero violations. (tests/site/csp-policy.test.ts
 * checks the policy in each built page.)
 */
import type { Page } from '@playwright/test';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';
import { search } from '../support/search.ts';
import { requireFinishedBuild } from '../support/service-worker.ts';
import { ALL_PAGES } from '../support/site-pages.ts';

requireFinishedBuild();

/** Every violation the browser reports, and every console message about the policy, on `page`. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  // Before any page script: record every violation.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (e) =>
      log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
    );
  });
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text()))
      messages.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`page: ${error.message}`));
  return async () => [
    ...new Set([
      ...messages,
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ]),
  ];
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('/en/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve));
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    await reported;
    return w.injected === true;
  });
  expect(ran).toBe(false);
  expect((await problems()).some((p) => p.includes('script-src'))).toBe(true);
});

test.describe('every page shows with zero violations', () => {
  test('the pages include both languages', () => {
    expect(ALL_PAGES.some((path) => path.startsWith('/en/'))).toBe(true);
    expect(ALL_PAGES.some((path) => !path.startsWith('/en/'))).toBe(true);
  });

  for (const path of ALL_PAGES) {
    test(path, async ({ page }) => {
      const problems = await watch(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await problems()).toEqual([]);
    });
  }
});

for (const [path, query] of [
  ['/process/validation/', '预算'],
  ['/en/process/validation/', 'budget'],
] as const) {
  test(`searches on ${path} with zero violations`, async ({ page }) => {
    const problems = await watch(page);
    await page.goto(path);
    expect((await search(page, query)).length).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
  });
}

test.describe('a tool, the theme switch and the board’s export', () => {
  test.use({ acceptDownloads: true });
  test('run with zero violations', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/en/process/implementation/');
    await createDealThroughUi(page, 'en', 'Policy check', 'Riverside Retail');
    await page.getByLabel('Payment collected and software installed').check();
    await page.getByLabel('Select theme').first().selectOption('light');
    await page.reload();
    await expect(page.getByLabel('Payment collected and software installed')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await page.goto('/en/deals/');
    const backup = page.getByRole('region', { name: 'Backup: export and import' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      backup.getByRole('button', { name: 'Export all deals' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await problems()).toEqual([]);
  });
});
