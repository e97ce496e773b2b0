/**
 * The JavaScript a page loads at start, counted as the browser counts it: every script the
 * page fetches until the network is idle (script tags, module imports, dynamic imports done
 * at start or at idle, workers), plus the page's inline scripts. Each file is weighed gzip
 * (level 6, as production hosts serve it); the inline scripts together, as they travel
 * inside the gzip page. Shared by the page-weight gate (tests/quality/) and the benchmark.
 *
 * "Until the network is idle" is made sure of, not timed, so a busy machine counts the same:
 * the islands that start with the page have hydrated (their whole module graph is in), an
 * idle callback has run after them (so imports scheduled for idle, such as Starlight's
 * search UI, have begun), and no request is still in flight.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export interface ScriptWeight {
  /** Each script fetched before network idle: its path and gzip size. */
  files: { path: string; gzip: number }[];
  /** All inline scripts of the page (not JSON data), gzip. */
  inlineGzip: number;
  /** Files plus inline, gzip bytes. */
  total: number;
}

/** Islands hydrated with the page (not those waiting to be scrolled to). */
const STARTING_ISLANDS =
  'astro-island[client="only"], astro-island[client="load"], astro-island[client="idle"]';

/** Opens `url` in `page`, waits until the page is idle, and weighs the scripts it loaded. */
export async function scriptWeight(page: Page, url: string): Promise<ScriptWeight> {
  const responses: Response[] = [];
  const inFlight = new Set<Request>();
  let settled: (() => void) | undefined;
  const onRequest = (request: Request) => inFlight.add(request);
  const onDone = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) settled?.();
  };
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].every((island) => !island.hasAttribute('ssr')),
      STARTING_ISLANDS,
    );
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => requestIdleCallback(idle))));
    if (inFlight.size > 0) await new Promise<void>((done) => (settled = done));
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('response', onResponse);
  }
  const files = await Promise.all(
    responses.map(async (response) => ({
      path: new URL(response.url()).pathname,
      gzip: gzipSync(await response.body()).length,
    })),
  );
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    scripts
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const inlineGzip = inline ? gzipSync(inline).length : 0;
  return { files, inlineGzip, total: files.reduce((sum, f) => sum + f.gzip, inlineGzip) };
}
