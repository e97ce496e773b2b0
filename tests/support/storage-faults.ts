/** Storage as it fails in real browsers: blocked by the user's settings, or full. */
import type { BrowserContext, Page } from '@playwright/test';

/** Every page of the context finds `localStorage` blocked, as with "block site data" in the settings. */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
}

/**
 * Fills the origin's real storage quota with one padding entry (something else took the
 * space), so the next write the site makes fails with QuotaExceededError. Returns a
 * function that frees the space again.
 */
export async function fillQuota(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const key = 'test:quota-padding';
    let padding = '';
    // Grow in halving steps until not one more character fits.
    for (
      let chunk = 'x'.repeat(1 << 22);
      chunk.length > 0;
      chunk = chunk.slice(Math.ceil(chunk.length / 2))
    ) {
      for (;;) {
        try {
          localStorage.setItem(key, padding + chunk);
          padding += chunk;
        } catch {
          break;
        }
      }
    }
  });
  return async () => {
    await page.evaluate(() => localStorage.removeItem('test:quota-padding'));
  };
}
