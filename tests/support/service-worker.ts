/** The service worker in the offline and update tests: a finished build, and a page it controls. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './dist.ts';

/** Fails with the fix when the build lacks the post-build step (service worker, policy). */
export function requireFinishedBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'sw.js')))
    throw new Error(
      `${dir}/sw.js is missing: build with \`npm run build\` (astro build, whose last step, ` +
        `src/pwa/build/integration.ts, writes the policy and the service worker).`,
    );
}

/** Waits until the service worker has precached the site and controls the page. */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}
