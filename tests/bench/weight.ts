/** JavaScript at start by the browser's count, each page type against the bare Starlight reading page. */
import { scriptWeight } from '../support/browser-weight.ts';
import type { Baseline } from './baseline.ts';
import { en, kb, PAGE_TYPES, ratio, type Bench } from './context.ts';

export async function weightSection({ browser, base, say }: Bench, bare: Baseline): Promise<void> {
  say('## JavaScript loaded at start, by the browser’s count (gzip)');
  say();
  say(
    'Method: headless Chromium, cold cache, service workers off; every script the page fetches until the ' +
      'network is idle (script tags, module imports, imports at idle such as Pagefind’s UI, workers) plus the ' +
      'page’s inline scripts, each file gzip level 6 (tests/support/browser-weight.ts, the same count as the ' +
      `gate in \`npm test\`). Bare Starlight: its reading page ${bare.page}, ${kb(bare.scriptsGzip)}.` +
      ' Budgets: reading pages ≤ 0.3×, tool pages ≤ bare + 20 KB, deal board and team view ≤ bare + 35 KB.',
  );
  say();
  say('| page type | lang | JS at start | of which inline | Pagefind UI | vs bare Starlight | over bare |');
  say('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  for (const [label, path] of PAGE_TYPES)
    for (const [lang, url] of [
      ['zh', path],
      ['en', en(path)],
    ] as const) {
      const page = await context.newPage();
      const weight = await scriptWeight(page, base + url);
      await page.close();
      const pagefind = weight.files.filter((f) => /\/ui-core\.|pagefind/.test(f.path));
      const pagefindGzip = pagefind.reduce((sum, f) => sum + f.gzip, 0);
      const over = weight.total - bare.scriptsGzip;
      say(
        `| ${label} | ${lang} | ${kb(weight.total)} | ${kb(weight.inlineGzip)} | ${kb(pagefindGzip)} | ` +
          `${ratio(weight.total, bare.scriptsGzip)} | ${over >= 0 ? '+' : '−'}${kb(Math.abs(over))} |`,
      );
    }
  await context.close();
  say();
}
