/** Holding back the quiz island's script, to see the server-rendered quiz before it wakes. */
import type { Page } from '@playwright/test';

/** Holds the quiz island's script until `release()` is called. */
export async function holdQuizScript(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Quiz\.[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
