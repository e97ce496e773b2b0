/** Every request a browser context makes, and those that leave the site's origin: for the privacy gates. */
import type { BrowserContext } from '@playwright/test';

/** Records the URL of every request the context's pages make from now on. */
export function recordRequests(context: BrowserContext): string[] {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return requests;
}

/** The requests that went to another origin than `origin`. */
export const foreignRequests = (requests: readonly string[], origin: string): string[] =>
  requests.filter((url) => new URL(url).origin !== origin);
