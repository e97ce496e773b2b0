/**
 * The deal board with many deals stored: the time until it is ready and the long tasks on the
 * way, with 10 and with 500 deals (and a tool page with the same, which should not care).
 */
import type { Deal } from '../../src/deals/schema';
import { conflictAnswers, fullAnswers, partialAnswers, sampleDeal } from '../board/deals.ts';
import { seedDeals } from '../support/seed-deals.ts';
import { median, type Bench } from './context.ts';

const RUNS = 7;
const COUNTS = [0, 10, 500];

/** `count` deals in the stored format, a third each fully worked, half-done and disagreeing, changed on different days. */
export function benchDeals(count: number): Deal[] {
  const kinds = [fullAnswers, partialAnswers, conflictAnswers];
  return Array.from({ length: count }, (_, i) => ({
    ...sampleDeal(`bench${String(i).padStart(4, '0')}`, `Deal ${i + 1}`, kinds[i % 3]!()),
    customer: `Customer ${(i * 7) % 97}`,
    updatedAt: new Date(Date.UTC(2026, 10, 28) - i * 3_600_000).toISOString(),
  }));
}

interface Load {
  readyMs: number;
  longTasks: number[];
}

/** One cold load of `url` with `deals` stored: ms until `ready` matches, and every long task until the network is idle. */
async function load({ browser }: Bench, url: string, deals: Deal[], ready: string): Promise<Load> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Stored on an earlier page of the same origin (the 404 page), then the cache emptied: writing
  // 500 deals takes a while, and that is the test's own work, not the page's.
  await seedDeals(page, deals);
  await page.goto(new URL('/bench-seeding/', url).href);
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await page.addInitScript((selector: string) => {
    const w = window as unknown as { __longTasks: number[]; __readyAt?: number };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        w.__readyAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, ready);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor({ state: 'attached' });
  const result = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __readyAt: number };
    return { readyMs: w.__readyAt, longTasks: w.__longTasks };
  });
  const stored = await page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.startsWith('playbook:deal:')).length,
  );
  if (stored !== deals.length) throw new Error(`expected ${deals.length} deals stored, found ${stored}`);
  await context.close();
  return result;
}

export async function boardScaleSection(bench: Bench): Promise<void> {
  const { say } = bench;
  say('## The deal board with many deals');
  say();
  say(
    'Method: headless Chromium, no throttling, cold cache per load, deals written to localStorage in the ' +
      'stored format (tests/support/seed-deals.ts; a third fully worked, a ' +
      'third half-done, a third with a disagreement, tests/board/deals.ts), written on another page of the ' +
      'site first, then the cache emptied. Ready: from navigation start ' +
      'until `.pb-board-live[data-ready]` (the board island’s marker; `.pb-tool-live[data-ready]` on the tool ' +
      'page). Long ' +
      'tasks: every PerformanceObserver "longtask" entry (over 50 ms) from the start until the network is ' +
      `idle. Median of ${RUNS} loads; long tasks of the median load.`,
  );
  say();
  say('| page | deals stored | ready (ms) | long tasks | longest | blocking (sum of each task over 50 ms) |');
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, path, ready] of [
    ['deal board', '/deals/', '.pb-board-live[data-ready]'],
    ['tool: implementation', '/process/implementation/', '.pb-tool-live[data-ready]'],
  ] as const)
    for (const count of COUNTS) {
      const deals = benchDeals(count);
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i++) loads.push(await load(bench, bench.base + path, deals, ready));
      const readyMs = median(loads.map((l) => l.readyMs));
      const typical = loads.find((l) => l.readyMs === readyMs)!;
      const longest = Math.max(0, ...typical.longTasks);
      const blocking = typical.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
      say(
        `| ${label} | ${count} | ${readyMs.toFixed(0)} | ${typical.longTasks.length} | ` +
          `${longest.toFixed(0)} ms | ${blocking.toFixed(0)} ms |`,
      );
    }
  say();
}
