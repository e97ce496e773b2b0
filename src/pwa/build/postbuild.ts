/**
 * The build's last step (`npm run build` runs it after `astro build`): writes the
 * Content Security Policy into every page, then generates the service worker, whose
 * precache revisions must reflect the pages as served.
 *
 *   node src/pwa/postbuild.ts [build folder, default dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCsp } from './csp.ts';
import { writeServiceWorker } from './service-worker.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const dir = process.argv[2] ?? 'dist';
const pages = htmlFiles(dir);
if (!pages.length) throw new Error(`${dir}/ has no pages: run astro build first`);
for (const file of pages) writeFileSync(file, applyCsp(readFileSync(file, 'utf8')));
console.log(`Content Security Policy written into ${pages.length} pages`);

const { count, size } = await writeServiceWorker(dir);
console.log(`Service worker ${dir}/sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`);
