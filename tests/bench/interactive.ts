/** The time until each tool (and the board and team view) is interactive, against the bare Starlight page's load. */
import { ISLAND_READY, median, PAGE_TYPES, ratio, type Bench } from './context.ts';
import { BARE_READING_PAGE } from './baseline.ts';

const RUNS = 5;

/** Milliseconds from navigation start until the page's tool, board or team view marks itself ready. */
async function untilReady({ browser }: Bench, url: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((selector: string) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, ISLAND_READY);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(ISLAND_READY).first().waitFor({ state: 'attached' });
  const at = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  await context.close();
  return at;
}

/** Milliseconds from navigation start until the bare page's load event has run (its scripts are in). */
async function bareLoad({ browser, bareBase }: Bench): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(bareBase + BARE_READING_PAGE, { waitUntil: 'load' });
  const end = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  await context.close();
  return end;
}

export async function interactiveSection(bench: Bench): Promise<void> {
  const { say } = bench;
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) bareTimes.push(await bareLoad(bench));
  const bare = median(bareTimes);
  say('## Time until a tool is interactive');
  say();
  say(
    'Method: headless Chromium, no throttling, cold cache per load; from navigation start until the island ' +
      `marks itself ready (\`${ISLAND_READY}\`), median of ${RUNS} loads. Bare Starlight has no tool: its figure ` +
      `is its reading page’s load event end (all its start-up scripts run), median of ${RUNS}: ${bare.toFixed(0)} ms.`,
  );
  say();
  say('| page type | ms | vs bare Starlight |');
  say('| --- | ---: | ---: |');
  for (const [label, path] of PAGE_TYPES.filter(([l]) => /^tool|board|team/.test(l))) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await untilReady(bench, bench.base + path));
    const ms = median(times);
    say(`| ${label} | ${ms.toFixed(0)} | ${ratio(ms, bare)} |`);
  }
  say();
}
