/** Headless Chromium for the browser tests: Debian's /usr/bin/chromium unless CHROMIUM points elsewhere. */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { Lang } from '../../src/i18n/lang';
import { chromeStrings } from '../../src/i18n/ui';

/**
 * Service workers are blocked in every context this browser opens, unless the test
 * asks for them (`serviceWorkers: 'allow'`: the offline and update tests). Otherwise
 * each new context would install the worker and download its whole precache
 * (every page and the search index), which the other tests do not need.
 */
export async function launchBrowser({
  serviceWorkers = 'block',
}: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // A closed network: stop Chromium's own background requests.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers, ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers, ...options });
  return browser;
}

/** Collects console errors and uncaught page errors, for tests that expect none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Creates a deal with the deal switcher's "New deal" form, as a rep would; it becomes the current deal. */
export async function createDealThroughUi(
  scope: Page | Locator,
  lang: Lang,
  name: string,
  customer = '',
): Promise<void> {
  const t = chromeStrings(lang);
  await scope.getByRole('button', { name: t.newDeal }).click();
  await scope.getByLabel(t.dealName, { exact: true }).fill(name);
  if (customer) await scope.getByLabel(t.customer, { exact: true }).fill(customer);
  await scope.getByRole('button', { name: t.create, exact: true }).click();
}
