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
 * Runs `work` on a stopped page clock that it needs to move (axe-core waits on zero-delay
 * timers): steps the clock on one millisecond at a time until `work` is done, failing if
 * that takes more than `limitMs` of page time, so timers due later (a note that goes after
 * 3 s) never fire meanwhile.
 */
export async function withClockStepping<T>(page: Page, work: Promise<T>, limitMs = 1000): Promise<T> {
  let done = false;
  const settled = work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void settled.then(() => (done = true));
  for (let ms = 0; !done; ms++) {
    if (ms >= limitMs) throw new Error(`still running after ${limitMs} ms of page time`);
    await page.clock.runFor(1);
  }
  const outcome = await settled;
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
