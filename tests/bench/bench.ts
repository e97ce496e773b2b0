/**
 * `npm run bench`: builds the site into a temporary folder and prints figures
 * (asserts nothing about speed). Writes the table to tests/bench/RESULTS.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
process.env['DIST_DIR'] = out;
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ---- build -------------------------------------------------------------------
const started = performance.now();
const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const buildSeconds = (performance.now() - started) / 1000;

const { builtPages } = await import('../support/dist.ts');
const { islandsAdd, pageWeight, totalGzip } = await import('../support/page-weight.ts');
const { serveStatic } = await import('../support/static-server.ts');
const { chromium } = await import('playwright-core');
type Page = import('playwright-core').Page;
const { fillTool, islandReady } = await import('../support/fill-tool.ts');
const { createDealThroughUi } = await import('../support/deal-ui.ts');
const pages = builtPages();

const TYPES: [string, string][] = [
  ['home', '/'],
  ['reading page (glossary)', '/glossary/'],
  ['tool: prospecting', '/process/prospecting/'],
  ['tool: compelling events', '/process/compelling-events/'],
  ['tool: validation', '/process/validation/'],
  ['tool: demo', '/process/demo/'],
  ['tool: negotiation', '/process/negotiation/'],
  ['tool: close readiness', '/process/close-readiness/'],
  ['tool: implementation', '/process/implementation/'],
  ['deal board', '/deals/'],
];
const en = (path: string) => `/en${path}`;

say('# Benchmark');
say();
say(`Build: ${buildSeconds.toFixed(1)} s for ${pages.size} pages (\`astro build\`, wall clock, one run).`);
say();

// ---- weight --------------------------------------------------------------------
say('## JavaScript and CSS loaded at start (gzip)');
say();
say(
  'Method: from the built HTML, script tags and module preloads (the docs frame) plus each island’s component ' +
    'and renderer with every statically imported module (tests/support/page-weight.ts), gzip level 6 per file; ' +
    'CSS: every stylesheet link without `media="print"`. “ours” is what the page’s tool or board island adds: its graph less modules the frame loads anyway.',
);
say();
say('| page type | lang | frame JS | ours (islands) JS | inline JS | CSS |');
say('| --- | --- | ---: | ---: | ---: | ---: |');
for (const [label, path] of TYPES) {
  for (const [lang, url] of [
    ['zh', path],
    ['en', en(path)],
  ] as const) {
    const page = pages.get(url);
    if (!page) continue;
    const weight = pageWeight(page);
    const css = page
      .querySelectorAll('link[rel="stylesheet"]')
      .filter((l) => l.getAttribute('media') !== 'print')
      .reduce((sum, l) => sum + gzipSync(readFileSync(join(out, l.getAttribute('href')!))).length, 0);
    // Only the page's tool or board island: a quiz further down loads when scrolled to.
    const graph = islandsAdd(page, (island) => island.getAttribute('client') === 'only');
    say(
      `| ${label} | ${lang} | ${kb(totalGzip(weight.frame))} | ${kb(totalGzip(graph))} | ${kb(weight.inlineGzip)} | ${kb(css)} |`,
    );
  }
}
say();

// ---- browser figures -----------------------------------------------------------
const { server, url: base } = await serveStatic(resolve(out), 0, { compress: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

say('## Time until each island is interactive');
say();
say(
  'Method: headless Chromium, no throttling, cold cache per page; from navigation start until the island marks ' +
    'itself ready (`[data-ready]`), median of 5 loads.',
);
say();
say('| page type | ms |');
say('| --- | ---: |');
for (const [label, path] of TYPES.filter(([l]) => l.startsWith('tool') || l === 'deal board')) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-ready]')) {
          (window as unknown as { __readyAt: number }).__readyAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(base + path);
    await page.locator('[data-ready]').first().waitFor();
    times.push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
    await context.close();
  }
  times.sort((a, b) => a - b);
  say(`| ${label} | ${times[2]!.toFixed(0)} |`);
}
say();

/** A deal with every tool filled in through its controls; returns its storage key and value. */
async function filledDeal(page: Page, text: string): Promise<[string, string]> {
  let created = false;
  for (const [, path] of TYPES.filter(([l]) => l.startsWith('tool'))) {
    await page.goto(base + path);
    await islandReady(page);
    if (!created)
      await createDealThroughUi(
        page.locator('.pb-dealbar').first(),
        'zh',
        '华东制造 ERP 升级',
        '苏州精创电子有限公司',
      );
    created = true;
    await fillTool(page, text);
  }
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!] as [string, string]),
  );
  return stored.find(([, v]) => v.includes('"answers"'))!;
}
// Four fillings of every text field: a one-word answer; answers as long as the case
// studies' (content/case-studies/: 14 characters on average in Chinese, 45 in English);
// and a full sentence everywhere, the worst case.
const FILLINGS = [
  ['a one-word answer', 'Confirmed'],
  ['a typical Chinese answer', '财务总监确认月底结账要六天。'],
  ['a typical English answer', 'The finance lead says closing takes six days.'],
  ['a full sentence', 'Finance lead confirmed the month-end close takes six days; wants it in two.'],
] as const;
const QUOTA = 5_242_880;
const size = (key: string, value: string) => key.length + value.length;
const pct = (n: number) => `${((n * 100) / QUOTA).toFixed(0)} %`;
const sizes: [string, string, number][] = [];
for (const [label, text] of FILLINGS.slice(1)) {
  const fillContext = await browser.newContext();
  const [key, value] = await filledDeal(await fillContext.newPage(), text);
  sizes.push([label, text, size(key, value)]);
  await fillContext.close();
}
const SHORT = FILLINGS[0][1];
const context = await browser.newContext();
const page = await context.newPage();
const [dealKey, dealValue] = await filledDeal(page, SHORT);
sizes.unshift([FILLINGS[0][0], SHORT, size(dealKey, dealValue)]);
const fields = (JSON.stringify(JSON.parse(dealValue)).match(new RegExp(SHORT, 'g')) ?? []).length;

say('## Storage');
say();
say(
  'Method: one deal with every tool filled in through its controls (every box ticked, every choice made, ' +
    `every one of its ${fields} text fields typed), its key plus value in UTF-16 code units, the unit of the ` +
    'browser’s 5 MB (5,242,880 characters) localStorage quota; 500 deals are 500 such records. Four fillings: ' +
    'every text field a one-word answer; an answer as long as the case studies’ answers (14 characters on ' +
    'average in Chinese, 45 in English); a full sentence (75 characters) in every field.',
);
say();
say('| every text field holds | one deal | 500 deals |');
say('| --- | ---: | ---: |');
for (const [label, text, chars] of sizes) {
  say(
    `| ${label} (“${text}”, ${text.length} characters) | ${(chars / 1024).toFixed(1)} K characters | ` +
      `${((chars * 500) / 1024 / 1024).toFixed(2)} M characters (${pct(chars * 500)} of the quota) |`,
  );
}
say();
say('| figure | value |');
say('| --- | ---: |');

// 500 filled deals stored, then a checkbox click timed until its setItem returns.
const record = JSON.parse(dealValue) as { deal: { id: string; name: string } };
await page.evaluate(
  ({ prefix, record }) => {
    for (let i = 0; i < 499; i++) {
      const id = `bench${String(i).padStart(4, '0')}`;
      localStorage.setItem(
        prefix + id,
        JSON.stringify({ ...record, deal: { ...record.deal, id, name: `Deal ${i}` } }),
      );
    }
  },
  { prefix: dealKey.slice(0, dealKey.length - record.deal.id.length), record },
);
await page.addInitScript(() => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this, …)
  const original = Storage.prototype.setItem;
  const w = window as unknown as { __clickAt?: number; __saves: number[] };
  w.__saves = [];
  Storage.prototype.setItem = function (key: string, value: string) {
    original.call(this, key, value);
    if (w.__clickAt !== undefined) w.__saves.push(performance.now() - w.__clickAt);
  };
  document.addEventListener('click', () => (w.__clickAt = performance.now()), true);
});
const saves: number[] = [];
for (let i = 0; i < 10; i++) {
  await page.goto(base + '/process/implementation/');
  await islandReady(page);
  const count = await page.evaluate(() => Object.keys(localStorage).length);
  if (count < 500) throw new Error(`expected 500 deals, found ${count}`);
  await page.locator('.pb-tool-body input[type="checkbox"]').first().click();
  await page.waitForFunction(() => (window as unknown as { __saves: number[] }).__saves.length > 0);
  saves.push(await page.evaluate(() => (window as unknown as { __saves: number[] }).__saves[0]!));
}
saves.sort((a, b) => a - b);
say(
  `| click → saved, 500 deals stored | median ${saves[5]!.toFixed(1)} ms, worst ${saves[9]!.toFixed(1)} ms (10 clicks) |`,
);
say();
say(
  'Method (save): on the implementation checklist with 500 filled deals in storage, from the click event ' +
    '(capture phase) until `localStorage.setItem` for the deal returns.',
);
say();
await context.close();
await browser.close();

// ---- Lighthouse ----------------------------------------------------------------
say('## Lighthouse (mobile)');
say();
say(
  'Method: the `lighthouse` package, default (mobile) settings with simulated throttling, against Chromium ' +
    'started with `--headless=new --remote-debugging-port`; one run per page, Chinese pages; the site served ' +
    'by tests/support/static-server.ts with gzip, as a production host serves it.',
);
say();
say('| page type | performance | accessibility | best practices | SEO |');
say('| --- | ---: | ---: | ---: | ---: |');
const { default: lighthouse } = await import('lighthouse');
const port = 9300 + Math.floor(Math.random() * 500);
const chrome: ChildProcess = spawn(CHROMIUM, [
  `--remote-debugging-port=${port}`,
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--user-data-dir=${mkdtempSync(join(tmpdir(), 'playbook-lh-'))}`,
  'about:blank',
]);
await new Promise((done) => setTimeout(done, 1500));
try {
  for (const [label, path] of TYPES) {
    const result = await lighthouse(base + path, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result!.lhr.categories;
    const score = (key: string) => Math.round((c[key]?.score ?? 0) * 100);
    say(
      `| ${label} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
    );
  }
} finally {
  chrome.kill();
  server.close();
}
say();
rmSync(out, { recursive: true, force: true });

writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + '\n');
// Kept in the repository's own format, so `npm run lint` stays clean.
spawnSync('npx', ['prettier', '--write', 'tests/bench/RESULTS.md'], { stdio: 'ignore' });
console.log('\nWritten to tests/bench/RESULTS.md');
