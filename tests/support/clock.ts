/** Page timers under the test's control (Playwright's clock): nothing in a test waits real time for them. */
import type { Page } from '@playwright/test';

/**
 * Stops the page's clock (installed with `page.clock.install()` before the page loaded) a minute
 * ahead, so no timer fires until the test runs the clock on with `page.clock.runFor`.
 */
export async function stopClock(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 60_000);
}

/**
 * Awaits `work` while the page's stopped clock steps on a millisecond at a time, for page
 * work that needs timers to finish (axe yields through them) while the test holds the
 * page's other timers still. Returns `work`'s result and the page time it took.
 */
export async function stepClockUntil<T>(
  page: Page,
  work: Promise<T>,
): Promise<{ result: T; pageMs: number }> {
  const start = await page.evaluate(() => Date.now());
  let running = true;
  const settled = work.finally(() => {
    running = false;
  });
  // A failure of `work` is thrown below, once the clock no longer steps.
  void settled.catch(() => undefined);
  while (running) await page.clock.runFor(1);
  const result = await settled;
  return { result, pageMs: (await page.evaluate(() => Date.now())) - start };
}
