/** Page timers under the test's control (Playwright's clock): nothing in a test waits real time for them. */
import type { Page } from '@playwright/test';

/**
 * Stops the page's clock (installed with `page.clock.install()` before the page loaded) a minute
 * ahead, so no timer fires until the test runs the clock on with `page.clock.runFor`.
 */
export async function stopClock(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 60_000);
}
