/**
 * The benchmark's yardstick: a bare Starlight site (tests/bench/bare-starlight/, Starlight's
 * defaults and two pages), built with the project's own Astro and Starlight. Its reading
 * page's JavaScript, counted as the browser counts it, is written to baseline.json, which the
 * page-weight gate in `npm test` reads (tests/quality/page-weight.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { scriptWeight, type ScriptWeight } from '../support/browser-weight.ts';

export const FIXTURE = fileURLToPath(new URL('./bare-starlight/', import.meta.url));
export const BASELINE_FILE = new URL('./baseline.json', import.meta.url);
/** The bare site's reading page: text with headings, Starlight's search, table of contents and theme. */
export const BARE_READING_PAGE = '/guides/reading/';

export interface Baseline {
  astro: string;
  starlight: string;
  page: string;
  /** Gzip bytes of JavaScript at start, by the browser's count. */
  scriptsGzip: number;
  files: ScriptWeight['files'];
  inlineGzip: number;
}

/** The installed Astro and Starlight versions (the project's own). */
export function installedVersions(): { astro: string; starlight: string } {
  const version = (name: string) =>
    (
      JSON.parse(
        readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
      ) as {
        version: string;
      }
    ).version;
  return { astro: version('astro'), starlight: version('@astrojs/starlight') };
}

/** Builds the bare Starlight fixture into `outDir`; returns the build's wall-clock seconds. */
export function buildBareStarlight(outDir: string): number {
  const started = performance.now();
  const build = spawnSync('npx', ['astro', 'build', '--root', FIXTURE, '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  // Astro writes its generated types beside the fixture; the project's own lint and check must not see them.
  rmSync(join(FIXTURE, '.astro'), { recursive: true, force: true });
  if (build.status !== 0) throw new Error(`bare Starlight build failed:\n${build.stdout}\n${build.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Measures the bare reading page served at `base` and writes baseline.json. */
export async function recordBaseline(browser: Browser, base: string): Promise<Baseline> {
  const context = await browser.newContext();
  const weight = await scriptWeight(await context.newPage(), base + BARE_READING_PAGE);
  await context.close();
  const baseline: Baseline = {
    ...installedVersions(),
    page: BARE_READING_PAGE,
    scriptsGzip: weight.total,
    files: weight.files
      .map((f) => ({ path: f.path.replace(/\.[\w-]{8}\.js$/, '.js'), gzip: f.gzip }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    inlineGzip: weight.inlineGzip,
  };
  writeFileSync(BASELINE_FILE, JSON.stringify(baseline, null, 2) + '\n');
  return baseline;
}
