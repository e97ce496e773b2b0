/**
 * The site runs under its Content Security Policy: search, a tool, the theme switch and the
 * board's export, with zero violations. Every page in both languages, its tool used, is checked
 * on the same visit as its requests (tests/quality/privacy.spec.ts); tests/site/csp-policy.test.ts
 * checks the policy in each built page.
 */
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';
import { search } from '../support/search.ts';
import { requireFinishedBuild } from '../support/service-worker.ts';
import { watchPolicy } from '../support/policy-watch.ts';

requireFinishedBuild();

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const problems = await watchPolicy(page);
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

for (const [path, query] of [
  ['/process/validation/', '预算'],
  ['/en/process/validation/', 'budget'],
] as const) {
  test(`searches on ${path} with zero violations`, async ({ page }) => {
    const problems = await watchPolicy(page);
    await page.goto(path);
    expect((await search(page, query)).length).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
  });
}

test.describe('a tool, the theme switch and the board’s export', () => {
  test.use({ acceptDownloads: true });
  test('run with zero violations', async ({ page }) => {
    const problems = await watchPolicy(page);
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
