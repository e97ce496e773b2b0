/**
 * The Content Security Policy is on every page and the site runs under it: every page in
 * both languages, search, a tool and the board's export, with zero violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDeal, requireFinishedBuild, search } from '../pwa/browser-support.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  requireFinishedBuild();
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  // Before any page script: record every violation the browser reports.
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (e) =>
      log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
    );
  });
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records console errors and every message about the policy. */
async function watched(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  const policyMessages: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) policyMessages.push(`console ${m.type()}: ${m.text()}`);
  });
  const problems = async () => [
    ...new Set([
      ...errors,
      ...policyMessages,
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ]),
  ];
  return { page, problems };
}

const pages = [...builtPages()];

describe('the policy in every page', () => {
  it.each(pages.map(([path]) => path))('%s carries it first in <head>, strict', (path) => {
    const head = builtPages().get(path)!.querySelector('head')!;
    const [charset, policy] = head.childNodes.filter((n) => n.nodeType === 1) as unknown as {
      getAttribute: (name: string) => string | undefined;
    }[];
    expect(charset!.getAttribute('charset')).toBe('utf-8');
    expect(policy!.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const content = policy!.getAttribute('content')!;
    expect(content).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(content).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
    expect(content).toContain("object-src 'none'");
  });
});

describe('the site under the policy', () => {
  it('is enforced: an injected inline script is blocked and reported', async () => {
    const { page, problems } = await watched();
    await page.goto(`${base}/en/`);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return w.injected === true;
    });
    expect(ran).toBe(false);
    expect((await problems()).some((p) => p.startsWith('script-src') || p.includes('script-src'))).toBe(true);
    await page.close();
  });

  it('shows every page, in both languages, with zero violations', async () => {
    expect(pages.some(([path]) => path.startsWith('/en/'))).toBe(true);
    const found: Record<string, string[]> = {};
    for (const [path] of pages) {
      const { page, problems } = await watched();
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const seen = await problems();
      if (seen.length) found[path] = seen;
      await page.close();
    }
    expect(found).toEqual({});
  });

  it('searches in both languages with zero violations', async () => {
    for (const [path, query] of [
      ['/process/validation/', '预算'],
      ['/en/process/validation/', 'budget'],
    ] as const) {
      const { page, problems } = await watched();
      await page.goto(base + path);
      expect((await search(page, query)).length, path).toBeGreaterThan(0);
      expect(await problems(), path).toEqual([]);
      await page.close();
    }
  });

  it('runs a tool, the theme switch and the board’s export with zero violations', async () => {
    const { page, problems } = await watched();
    await page.goto(`${base}/en/process/implementation/`);
    await createDeal(page, 'en', 'Policy check', 'Riverside Retail');
    await page.getByLabel('Payment collected and software installed').check();
    await page.getByLabel('Select theme').first().selectOption('light');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Payment collected and software installed').isChecked())
      .toBe(true);
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');

    await page.goto(`${base}/en/deals/`);
    const backup = page.getByRole('region', { name: 'Backup: export and import' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      backup.getByRole('button', { name: 'Export all deals' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
