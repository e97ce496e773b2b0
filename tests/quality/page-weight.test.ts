/**
 * Page-weight gate over dist/: the gzip JavaScript each page loads at start.
 * - A reading page loads no island, and only Starlight's own scripts plus two
 *   small scripts of ours: the service-worker registration, and the copy-link
 *   script (copy a section's or item's link, highlight the target on arrival, keep
 *   the anchor when switching language). The glossary adds its filter field's script.
 * - A stage page's tool adds at most 20 KB of ours (its island graph: Preact,
 *   stores, storage, the tool — less what the docs frame loads anyway); the deal
 *   board at most 35 KB.
 * - Export and import code is not in any page's start-up graph.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import stagesData from '../../content/stages.json';
import { builtPages, DIST } from '../support/dist.ts';
import { gzipSize, islandsAdd, pageWeight, totalGzip } from '../support/page-weight.ts';

const KB = 1024;
const TOOL_BUDGET = 20 * KB;
const BOARD_BUDGET = 35 * KB;
/** The service-worker registration script may add this much to every page. */
const SERVICE_WORKER_BUDGET = 2 * KB;

/** Starlight's own client scripts (search, table of contents, the page frame), by module name. */
const STARLIGHT_SCRIPT =
  /^(?:page|preload-helper|starlight-toc|ui-core|(?:Search|TableOfContents|MobileTableOfContents)\.astro_astro_type_script_index_\d+_lang)\.[\w-]+\.js$/;
/** The one script of ours every page may load: registering and updating the service worker. */
const SERVICE_WORKER_SCRIPT = /^(?:[\w-]*service-?worker[\w-]*|sw-?register|register-?sw)[.\w-]*\.js$/i;

/** Copy-link controls, arrival highlight, language switch keeping the anchor: on every page. */
const SECTION_LINKS_SCRIPT = /^SectionLinks\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const SECTION_LINKS_BUDGET = 1.5 * KB;

/** The home page's process map marks the stages a rep has worked on: its script, by name, and budget. */
// (store-base: the storage keys and nanostores, the chunk astro.config.mjs keeps apart for it.)
const PROCESS_MAP_SCRIPT =
  /^(?:ProcessMap\.astro_astro_type_script_index_\d+_lang|progress|keys|store-base)\.[\w-]+\.js$/;
const PROCESS_MAP_BUDGET = 3 * KB;
const HOME = new Set(['/', '/en/']);

/** The glossary's filter field (a phone has no Ctrl+F): its script, by name, and budget. */
const GLOSSARY_FILTER_SCRIPT = /^GlossaryFilter\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
const GLOSSARY_FILTER_BUDGET = 1.5 * KB;
const GLOSSARY = new Set(['/glossary/', '/en/glossary/']);

const nameOf = (module: string) => module.split('/').pop()!;
const pages = builtPages();
const islandOf = (component: string) =>
  [...pages].filter(([, page]) => page.querySelector(`astro-island[component-export="${component}"]`));

/** What one component's islands add to a page (another island there, such as a quiz, is not counted). */
const islandGraph = (page: NonNullable<ReturnType<typeof pages.get>>, component: string): Set<string> =>
  islandsAdd(page, (island) => island.getAttribute('component-export') === component);

/** Each stage's tool (content/stages.json) by its island's name: the component in src/tools/<tool>/ with both an Astro wrapper and a Preact island. */
const TOOLS = stagesData.stages.map(({ tool }) => {
  const files = readdirSync(new URL(`../../src/tools/${tool}/`, import.meta.url));
  const island = files.find(
    (file) => file.endsWith('.tsx') && files.includes(file.replace(/\.tsx$/, '.astro')),
  );
  if (!island) throw new Error(`src/tools/${tool}/ has no island with an Astro wrapper`);
  return island.replace(/\.tsx$/, '');
});

describe('page weight (gzip JavaScript loaded at start)', () => {
  const reading = [...pages].filter(
    ([url, page]) => !HOME.has(url) && page.querySelector('astro-island') === null,
  );

  it('finds the pages to check', () => {
    expect(reading.length).toBeGreaterThanOrEqual(3);
    for (const tool of TOOLS) expect(islandOf(tool).length, tool).toBeGreaterThanOrEqual(2);
    expect(islandOf('DealBoard').length).toBe(2);
  });

  /** The page's frame scripts matching `pattern`, within `budget`. */
  const expectScript = (frame: Set<string>, pattern: RegExp, budget: number) => {
    const modules = [...frame].filter((m) => pattern.test(nameOf(m)));
    expect(modules.length, String(pattern)).toBeGreaterThan(0);
    expect(totalGzip(modules), String(pattern)).toBeLessThanOrEqual(budget);
  };

  it.each(reading.map(([url]) => url))('reading page %s loads only Starlight’s scripts', (url) => {
    const weight = pageWeight(pages.get(url)!);
    expect(weight.islandCount).toBe(0);
    const foreign = [...weight.frame]
      .map(nameOf)
      .filter(
        (name) =>
          !STARLIGHT_SCRIPT.test(name) &&
          !SERVICE_WORKER_SCRIPT.test(name) &&
          !SECTION_LINKS_SCRIPT.test(name) &&
          !(GLOSSARY.has(url) && GLOSSARY_FILTER_SCRIPT.test(name)),
      );
    expect(foreign).toEqual([]);
    expectScript(weight.frame, SERVICE_WORKER_SCRIPT, SERVICE_WORKER_BUDGET);
    expectScript(weight.frame, SECTION_LINKS_SCRIPT, SECTION_LINKS_BUDGET);
    // (Small enough, the bundler inlines it in the page; then there is no file to weigh.)
    const filter = [...weight.frame].filter(
      (m) => GLOSSARY.has(url) && GLOSSARY_FILTER_SCRIPT.test(nameOf(m)),
    );
    expect(totalGzip(filter)).toBeLessThanOrEqual(GLOSSARY_FILTER_BUDGET);
  });

  it.each([...HOME])('home page %s adds only the process map’s progress script', (url) => {
    const weight = pageWeight(pages.get(url)!);
    expect(weight.islandCount).toBe(0);
    const own = [...weight.frame].filter((m) => !STARLIGHT_SCRIPT.test(nameOf(m)));
    const foreign = own
      .map(nameOf)
      .filter(
        (n) => !SERVICE_WORKER_SCRIPT.test(n) && !PROCESS_MAP_SCRIPT.test(n) && !SECTION_LINKS_SCRIPT.test(n),
      );
    expect(foreign).toEqual([]);
    const map = own.filter((m) => PROCESS_MAP_SCRIPT.test(nameOf(m)));
    expect(totalGzip(map)).toBeLessThanOrEqual(PROCESS_MAP_BUDGET);
  });

  describe.each(TOOLS)('%s', (tool) => {
    it(`loads at most ${TOOL_BUDGET / KB} KB of ours on every page that shows it`, () => {
      for (const [url, page] of islandOf(tool)) {
        const size = totalGzip(islandGraph(page, tool));
        expect(size, `${url}: ${(size / KB).toFixed(1)} KB`).toBeLessThanOrEqual(TOOL_BUDGET);
      }
    });
  });

  it(`the deal board loads at most ${BOARD_BUDGET / KB} KB`, () => {
    for (const [url, page] of islandOf('DealBoard')) {
      const size = totalGzip(islandGraph(page, 'DealBoard'));
      expect(size, `${url}: ${(size / KB).toFixed(1)} KB`).toBeLessThanOrEqual(BOARD_BUDGET);
    }
  });

  it(`the team view loads at most ${BOARD_BUDGET / KB} KB, with its chart, calendar and file code on use`, () => {
    const team = islandOf('TeamView');
    expect(team.map(([url]) => url).sort()).toEqual(['/en/team/', '/team/']);
    for (const [url, page] of team) {
      const graph = islandGraph(page, 'TeamView');
      const size = totalGzip(graph);
      expect(size, `${url}: ${(size / KB).toFixed(1)} KB`).toBeLessThanOrEqual(BOARD_BUDGET);
      const names = [...graph].map(nameOf);
      for (const lazy of ['TeamReport', 'sources', 'downloads', 'ics', 'papaparse', 'export-import'])
        expect(
          names.filter((name) => name.startsWith(`${lazy}.`)),
          `${url}: ${lazy}`,
        ).toEqual([]);
    }
  });

  it('export and import code loads only when used', () => {
    // The board reaches it by dynamic import: present in the build, absent from every start-up graph.
    const chunks = readdirSync(join(DIST, '_astro')).filter((name) => name.startsWith('export-import.'));
    expect(chunks).toHaveLength(1);
    expect(gzipSize(`/_astro/${chunks[0]}`)).toBeGreaterThan(1000);
    for (const [url, page] of pages) {
      const weight = pageWeight(page);
      const loaded = [...weight.frame, ...weight.islands].map(nameOf);
      expect(
        loaded.filter((name) => name.startsWith('export-import')),
        url,
      ).toEqual([]);
    }
  });
});
