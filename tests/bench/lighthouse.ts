/** Lighthouse (mobile) for each page type and for the bare Starlight reading page, with LCP and TBT as ratios to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_READING_PAGE } from './baseline.ts';
import { PAGE_TYPES, ratio, type Bench } from './context.ts';

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
}

/** Waits until Chromium's DevTools port answers. */
async function devtoolsUp(port: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

export async function lighthouseSection({ base, bareBase, say }: Bench, chromium: string): Promise<void> {
  const { default: lighthouse } = await import('lighthouse');
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome: ChildProcess = spawn(chromium, [
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
  const run = async (url: string): Promise<Scores> => {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories: c, audits: a } = result!.lhr;
    const score = (key: string) => Math.round((c[key]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: a['largest-contentful-paint']?.numericValue ?? 0,
      tbt: a['total-blocking-time']?.numericValue ?? 0,
    };
  };
  try {
    await devtoolsUp(port);
    const bare = await run(bareBase + BARE_READING_PAGE);
    say('## Lighthouse (mobile)');
    say();
    say(
      'Method: the `lighthouse` package, default (mobile) settings with simulated throttling, against Chromium ' +
        'started with `--headless=new --remote-debugging-port`; one run per page, Chinese pages; both sites ' +
        'served by tests/support/static-server.ts with gzip, as a production host serves them. Ratios are to ' +
        `bare Starlight’s reading page in the same run: performance ${bare.performance}, LCP ` +
        `${bare.lcp.toFixed(0)} ms, TBT ${bare.tbt.toFixed(0)} ms (a dash where bare Starlight’s figure is 0).`,
    );
    say();
    say(
      '| page type | performance | vs bare | LCP (ms) | vs bare | TBT (ms) | vs bare | accessibility | best practices | SEO |',
    );
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const row = (label: string, s: Scores) =>
      say(
        `| ${label} | ${s.performance} | ${ratio(s.performance, bare.performance)} | ${s.lcp.toFixed(0)} | ` +
          `${ratio(s.lcp, bare.lcp)} | ${s.tbt.toFixed(0)} | ${ratio(s.tbt, bare.tbt)} | ${s.accessibility} | ` +
          `${s.bestPractices} | ${s.seo} |`,
      );
    row('bare Starlight (reading page)', bare);
    for (const [label, path] of PAGE_TYPES) row(label, await run(base + path));
  } finally {
    chrome.kill();
  }
  say();
}
