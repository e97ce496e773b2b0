/**
 * What breaks the site's Content Security Policy on a page: every violation the browser reports
 * (recorded from before any page script runs), console errors (Chromium also logs a refused
 * script or style there) and uncaught page errors. Call before the first `goto`.
 */
import type { Page } from '@playwright/test';
import { collectErrors } from './page-errors.ts';

export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (e) =>
      log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
    );
  });
  const errors = collectErrors(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && /Content.Security.Policy/i.test(m.text()))
      warnings.push(`console ${m.type()}: ${m.text()}`);
  });
  return async () => [
    ...new Set([
      ...errors,
      ...warnings,
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ]),
  ];
}
