/**
 * The team view with a team's worth of files: 200 deals in 30 export files, picked at once.
 * Measures the time from handing the files to the page until the pipeline's charts show
 * every deal, and the long tasks on the way (the pause a person could notice).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deal } from '../../src/deals/schema';
import { STORAGE_VERSION } from '../../src/storage/keys.ts';
import { benchDeals } from './board-scale.ts';
import { median, type Bench } from './context.ts';

const RUNS = 5;
const DEALS = 200;
const FILES = 30;

/**
 * `DEALS` deals spread over `FILES` export files in the site's export format, as reps would send them,
 * written to a folder: files given by path reach the page as a person's pick does (the browser reads
 * them), while files given as buffers are rebuilt by a script in the page, in the very task that
 * hands them over, which added the test tool's own work to the long tasks measured.
 */
function writeTeamFiles(dir: string): string[] {
  return teamFiles().map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.buffer);
    return path;
  });
}

function teamFiles(): { name: string; buffer: Buffer }[] {
  const deals = benchDeals(DEALS);
  const perFile: Deal[][] = Array.from({ length: FILES }, () => []);
  deals.forEach((deal, i) => perFile[i % FILES]!.push(deal));
  return perFile.map((list, i) => ({
    name: `rep-${i + 1}-sales-playbook-deals.json`,
    buffer: Buffer.from(
      JSON.stringify(
        {
          format: 'sales-playbook-deals',
          version: STORAGE_VERSION,
          exportedAt: '2026-11-28T09:00:00.000Z',
          deals: list,
        },
        null,
        2,
      ),
    ),
  }));
}

interface Load {
  shownMs: number;
  longTasks: number[];
}

async function loadOnce({ browser, base }: Bench, path: string): Promise<Load> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript((deals: number) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __shownAt?: number };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Stamped in the page as the summary first counts every deal, so no round trip is timed.
    const observer = new MutationObserver(() => {
      const summary = document.querySelector('#team-sources-summary')?.textContent ?? '';
      if (summary.includes(String(deals)) && document.querySelector('.pb-team-pipeline .pb-team-chart')) {
        w.__shownAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, DEALS);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.locator('.pb-team-live[data-ready]').waitFor({ state: 'attached' });
  const dir = mkdtempSync(join(tmpdir(), 'playbook-team-files-'));
  const files = writeTeamFiles(dir);
  // Stamp the moment the page is handed the files, then wait until the funnel counts all of them.
  const startedAt = await page.evaluate(() => performance.now());
  await page.locator('input[type="file"]').setInputFiles(files);
  await page
    .locator('.pb-team-sources tbody tr')
    .nth(FILES - 1)
    .waitFor({ state: 'attached' });
  await page.locator('.pb-team-pipeline .pb-team-chart').first().waitFor();
  await page.locator('#team-sources-summary', { hasText: String(DEALS) }).waitFor();
  const result = await page.evaluate(
    ({ startedAt, deals }) => {
      const w = window as unknown as {
        __longTasks: { start: number; duration: number }[];
        __shownAt: number;
      };
      const counted =
        document.querySelector('#team-sources-summary')?.textContent?.includes(String(deals)) ?? false;
      return {
        shownMs: w.__shownAt - startedAt,
        longTasks: w.__longTasks.filter((t) => t.start >= startedAt).map((t) => t.duration),
        counted,
      };
    },
    { startedAt, deals: DEALS },
  );
  if (!result.counted) throw new Error(`the team view does not report ${DEALS} deals`);
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

export async function teamScaleSection(bench: Bench): Promise<void> {
  const { say } = bench;
  say('## The team view with a team’s files');
  say();
  say(
    `Method: headless Chromium, no throttling; the team view open and ready, then ${FILES} export files ` +
      `holding ${DEALS} deals (tests/bench/board-scale.ts's deals) picked at once. Shown: from handing the ` +
      'files to the page until every source is listed, the pipeline’s charts are drawn and the sources’ summary counts every deal. Long ' +
      'tasks: PerformanceObserver "longtask" entries (over 50 ms) in that time. ' +
      `Median of ${RUNS} loads; long tasks of the median load.`,
  );
  say();
  say('| page | files | deals | shown (ms) | long tasks | longest |');
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, path] of [
    ['team view (zh)', '/team/'],
    ['team view (en)', '/en/team/'],
  ] as const) {
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(bench, path));
    const shownMs = median(loads.map((l) => l.shownMs));
    const typical = loads.find((l) => l.shownMs === shownMs)!;
    say(
      `| ${label} | ${FILES} | ${DEALS} | ${shownMs.toFixed(0)} | ${typical.longTasks.length} | ` +
        `${Math.max(0, ...typical.longTasks).toFixed(0)} ms |`,
    );
  }
  say();
}
