/**
 * How the deal board and a tool page scale with the deals stored: a script, not a test
 * (`node tests/board/measure-scale.ts [counts…]` after `npm run build`; it asserts nothing).
 *
 * For each count (10 and 500 by default) it stores that many deals (full, half-done and
 * conflicting deals in turn, as tests/board/deals.ts builds them), then loads the page in
 * headless Chromium, cold, five times, and prints the median of: the time from navigation
 * start until the island marks itself ready (`[data-ready]`: rendered with the data), and
 * the long tasks (over 50 ms) until then plus one second after: their total and the longest.
 * `measureScale` is exported for `npm run bench`.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Deal } from '../../src/deals/schema';
import { conflictAnswers, fullAnswers, partialAnswers, sampleDeal } from './deals.ts';

export interface ScaleFigure {
  path: string;
  deals: number;
  /** Median ms from navigation start until `[data-ready]`. */
  readyMs: number;
  /** Median total ms of long tasks until a second after ready. */
  longTasksMs: number;
  /** Median of each load's longest task, ms (0 when none). */
  longestMs: number;
}

/** `count` stored deals, with names and customers to search by and answers of three kinds. */
export function scaleDeals(count: number): Deal[] {
  const kinds = [fullAnswers, partialAnswers, conflictAnswers];
  return Array.from({ length: count }, (_, i) => {
    const deal = sampleDeal(`scale${String(i).padStart(4, '0')}`, `Deal ${i}`, kinds[i % 3]!());
    const minute = String(i % 60).padStart(2, '0');
    return { ...deal, customer: `Customer ${i % 37}`, updatedAt: `2026-11-28T09:${minute}:00.000Z` };
  });
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureScale(
  browser: Browser,
  base: string,
  path: string,
  count: number,
  runs = 5,
): Promise<ScaleFigure> {
  const deals = scaleDeals(count);
  const ready: number[] = [];
  const total: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript((list: Deal[]) => {
      const w = window as unknown as { __readyAt?: number; __long: number[] };
      w.__long = [];
      new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) w.__long.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-ready]')) {
          w.__readyAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      if (sessionStorage.getItem('scale:seeded') !== null) return;
      sessionStorage.setItem('scale:seeded', '1');
      localStorage.clear();
      for (const deal of list)
        localStorage.setItem(`playbook:deal:${deal.id}`, JSON.stringify({ version: 1, deal }));
      const meta = { version: 1, currentDealId: list[0]?.id ?? null, lastExportAt: new Date().toISOString() };
      localStorage.setItem('playbook:meta', JSON.stringify(meta));
    }, deals);
    const page = await context.newPage();
    // Seeded on a first load, measured on the second (a cold cache, storage in place).
    await page.goto(base + '/404.html');
    await context.clearCookies();
    await page.goto(base + path);
    await page.locator('[data-ready]').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    const figures = await page.evaluate(() => {
      const w = window as unknown as { __readyAt?: number; __long: number[] };
      return { readyAt: w.__readyAt ?? Number.NaN, long: w.__long };
    });
    ready.push(figures.readyAt);
    total.push(figures.long.reduce((sum, d) => sum + d, 0));
    longest.push(Math.max(0, ...figures.long));
    await context.close();
  }
  return {
    path,
    deals: count,
    readyMs: median(ready),
    longTasksMs: median(total),
    longestMs: median(longest),
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../support/static-server.ts');
  const { DIST } = await import('../support/dist.ts');
  const counts = process.argv.slice(2).map(Number);
  const { server, url } = await serveStatic(resolve(DIST), 0, { compress: true });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log('| page | deals | ready (ms) | long tasks (ms) | longest (ms) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const path of ['/deals/', '/en/deals/', '/process/implementation/'])
      for (const count of counts.length > 0 ? counts : [10, 500]) {
        const f = await measureScale(browser, url, path, count);
        console.log(
          `| ${f.path} | ${f.deals} | ${f.readyMs.toFixed(0)} | ${f.longTasksMs.toFixed(0)} | ${f.longestMs.toFixed(0)} |`,
        );
      }
  } finally {
    await browser.close();
    server.close();
  }
}
