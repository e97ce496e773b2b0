/**
 * The JavaScript a page loads at start, counted as the browser counts it: every script the
 * page fetches until the network is idle (script tags, module imports, dynamic imports done
 * at start or at idle, workers), plus the page's inline scripts. Each file is weighed gzip
 * (level 6, as production hosts serve it); the inline scripts together, as they travel
 * inside the gzip page. Shared by the page-weight gate (tests/quality/) and the benchmark.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface ScriptWeight {
  /** Each script fetched before network idle: its path and gzip size. */
  files: { path: string; gzip: number }[];
  /** All inline scripts of the page (not JSON data), gzip. */
  inlineGzip: number;
  /** Files plus inline, gzip bytes. */
  total: number;
}

/** Opens `url` in `page`, waits for network idle, and weighs the scripts it loaded. */
export async function scriptWeight(page: Page, url: string): Promise<ScriptWeight> {
  const responses: Response[] = [];
  const record = (response: Response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  };
  page.on('response', record);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    page.off('response', record);
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
