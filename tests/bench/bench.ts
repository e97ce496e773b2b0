/**
 * `npm run bench`: builds the site and a bare Starlight site (tests/bench/bare-starlight/, the
 * project's own Astro and Starlight) into temporary folders, serves both with gzip and prints
 * every figure beside bare Starlight's from the same run (asserts nothing about speed). Writes
 * the report to tests/bench/RESULTS.md and bare Starlight's JavaScript figure to
 * tests/bench/baseline.json, which the page-weight gate in `npm test` reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
const bareOut = mkdtempSync(join(tmpdir(), 'playbook-bench-bare-'));
process.env['DIST_DIR'] = out;
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
const loadAtStart = load();

// ---- builds --------------------------------------------------------------------
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
const { buildBareStarlight, recordBaseline } = await import('./baseline.ts');
const bareSeconds = buildBareStarlight(bareOut);

const { builtPages } = await import('../support/dist.ts');
const { serveStatic } = await import('../support/static-server.ts');
const { chromium } = await import('playwright-core');
const { weightSection } = await import('./weight.ts');
const { interactiveSection } = await import('./interactive.ts');
const { boardScaleSection } = await import('./board-scale.ts');
const { storageSection } = await import('./storage.ts');
const { teamScaleSection } = await import('./team-scale.ts');
const { searchSection } = await import('./search.ts');
const { lighthouseSection } = await import('./lighthouse.ts');

const site = await serveStatic(out, 0, { compress: true });
const bareSite = await serveStatic(bareOut, 0, { compress: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const bench = { browser, base: site.url, bareBase: bareSite.url, say };

say('# Benchmark');
say();
say(
  `Machine: ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown'}), shared; load average ` +
    `(1 / 5 / 15 min) ${loadAtStart} at the start of this run. Figures from one run of \`npm run bench\`.`,
);
say();
say(
  `Build: ${buildSeconds.toFixed(1)} s for ${builtPages().size} pages (\`astro build\`, wall clock); bare ` +
    `Starlight (tests/bench/bare-starlight/, the same Astro and Starlight) ${bareSeconds.toFixed(1)} s.`,
);
say();

try {
  const baseline = await recordBaseline(browser, bareSite.url);
  await weightSection(bench, baseline);
  await interactiveSection(bench);
  await boardScaleSection(bench);
  await teamScaleSection(bench);
  await storageSection(bench);
  await searchSection(bench);
  await browser.close();
  await lighthouseSection(bench, CHROMIUM);
} finally {
  await browser.close();
  site.server.close();
  bareSite.server.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(bareOut, { recursive: true, force: true });
}
say(`Load average at the end of the run: ${load()}.`);

writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + '\n');
// Kept in the repository's own format, so `npm run lint` stays clean.
spawnSync('npx', ['prettier', '--write', 'tests/bench/RESULTS.md', 'tests/bench/baseline.json'], {
  stdio: 'ignore',
});
console.log('\nWritten to tests/bench/RESULTS.md and tests/bench/baseline.json');
