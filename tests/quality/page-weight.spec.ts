/**
 * Page-weight gate, counted as the browser counts it (tests/support/browser-weight.ts): every
 * script a page fetches until the network is idle, plus its inline scripts, gzip. Budgets are
 * relative to a bare Starlight reading page, whose figure the benchmark records in
 * tests/bench/baseline.json (built from tests/bench/bare-starlight/ with the project's own Astro
 * and Starlight). The gate reads that file instead of building a second site on every run: the
 * figure changes only with Astro or Starlight, and the first test fails when their installed
 * versions differ from the recorded ones, saying to run `npm run bench`.
 *
 * - Tool pages (stage and workshop pages that show a tool): at most bare Starlight + 20 KB.
 * - The deal board and the team view: at most bare Starlight + 35 KB.
 * - Reading pages (no island): at most 0.3 × bare Starlight, with no island code.
 * - Code loaded on use (export and import, the team view's charts and files) is never fetched at start.
 */
import { expect, test, type Page } from '@playwright/test';
import baseline from '../bench/baseline.json' with { type: 'json' };
import { installedVersions } from '../bench/baseline.ts';
import { scriptWeight, type ScriptWeight } from '../support/browser-weight.ts';
import { builtPages } from '../support/dist.ts';

const KB = 1024;
const BARE = baseline.scriptsGzip;
const TOOL_BUDGET = BARE + 20 * KB;
const BOARD_BUDGET = BARE + 35 * KB;
const READING_BUDGET = 0.3 * BARE;

type Kind = 'reading' | 'tool' | 'board' | 'team';
const pages = [...builtPages()].map(([url, page]) => {
  const islands = page.querySelectorAll('astro-island').map((el) => el.getAttribute('component-export'));
  const kind: Kind | undefined = islands.includes('DealBoard')
    ? 'board'
    : islands.includes('TeamView')
      ? 'team'
      : page.querySelector('.pb-tool')
        ? 'tool'
        : islands.length === 0
          ? 'reading'
          : undefined;
  return { url, kind, calendar: islands.includes('CalendarButton') };
});
const ofKind = (kind: Kind) => pages.filter((p) => p.kind === kind);

/** Our small scripts on every page or on one kind of page, by file name, and what each may weigh. */
const SMALL_SCRIPTS: [RegExp, number][] = [
  // Registering the service worker and the footer's offline status.
  [/^RegisterServiceWorker\.astro_astro_type_script/, 2 * KB],
  // Copy-link controls, arrival highlight, language switch keeping the anchor.
  [/^SectionLinks\.astro_astro_type_script/, 1.5 * KB],
  // The home page's process map marking the stages worked on.
  [/^ProcessMap\.astro_astro_type_script/, 1.5 * KB],
  // The glossary's filter field.
  [/^GlossaryFilter\.astro_astro_type_script/, 1.5 * KB],
];
/** Modules that belong to islands: a reading page fetches none. */
const ISLAND_CODE = /^(?:client|deal-store|useToolAnswers)\./;
/** Code loaded on use only, never at start. */
const ON_USE = /^(?:export-import|TeamReport|sources|downloads|ics|papaparse)\./;

const nameOf = (path: string) => path.split('/').pop() ?? path;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const describeWeight = (w: ScriptWeight) =>
  `${kb(w.total)} (inline ${kb(w.inlineGzip)}; ` +
  w.files.map((f) => `${nameOf(f.path)} ${kb(f.gzip)}`).join(', ') +
  `); bare Starlight ${kb(BARE)}`;

async function weigh(page: Page, url: string): Promise<ScriptWeight> {
  const weight = await scriptWeight(page, url);
  const loadedOnUse = weight.files.map((f) => nameOf(f.path)).filter((n) => ON_USE.test(n));
  expect(loadedOnUse, `${url} fetched code meant to load on use`).toEqual([]);
  return weight;
}

test('the bare Starlight figure was recorded with the installed Astro and Starlight', () => {
  expect(
    { astro: baseline.astro, starlight: baseline.starlight },
    'tests/bench/baseline.json is out of date: run `npm run bench` to record it again',
  ).toEqual(installedVersions());
  expect(BARE).toBeGreaterThan(10 * KB);
});

test('every page has a budget', () => {
  expect(pages.filter((p) => !p.kind).map((p) => p.url)).toEqual([]);
  expect(ofKind('tool').length).toBeGreaterThanOrEqual(28);
  expect(ofKind('board').map((p) => p.url)).toEqual(expect.arrayContaining(['/deals/', '/en/deals/']));
  expect(ofKind('team').map((p) => p.url)).toEqual(expect.arrayContaining(['/team/', '/en/team/']));
  expect(ofKind('reading').length).toBeGreaterThanOrEqual(4);
});

for (const { url, calendar } of ofKind('tool'))
  test(`tool page ${url} loads at most bare Starlight + 20 KB`, async ({ page }) => {
    const weight = await weigh(page, url);
    // The "Add to calendar" island is a script of its own, fetched and so counted.
    if (calendar) expect(weight.files.map((f) => nameOf(f.path)).join(' ')).toMatch(/\bCalendarButton\./);
    expect(weight.total, describeWeight(weight)).toBeLessThanOrEqual(TOOL_BUDGET);
  });

for (const { url, kind } of [...ofKind('board'), ...ofKind('team')])
  test(`${kind === 'board' ? 'deal board' : 'team view'} ${url} loads at most bare Starlight + 35 KB`, async ({
    page,
  }) => {
    const weight = await weigh(page, url);
    expect(weight.total, describeWeight(weight)).toBeLessThanOrEqual(BOARD_BUDGET);
  });

for (const { url } of ofKind('reading'))
  test(`reading page ${url} loads at most 0.3 × bare Starlight, no island code, our small scripts within budget`, async ({
    page,
  }) => {
    const weight = await weigh(page, url);
    expect(weight.total, describeWeight(weight)).toBeLessThanOrEqual(READING_BUDGET);
    const names = weight.files.map((f) => nameOf(f.path));
    expect(names.filter((n) => ISLAND_CODE.test(n))).toEqual([]);
    for (const [pattern] of SMALL_SCRIPTS.slice(0, 2))
      expect(
        names.some((n) => pattern.test(n)),
        String(pattern),
      ).toBe(true);
    for (const [pattern, budget] of SMALL_SCRIPTS)
      for (const file of weight.files.filter((f) => pattern.test(nameOf(f.path))))
        expect(file.gzip, file.path).toBeLessThanOrEqual(budget);
  });
