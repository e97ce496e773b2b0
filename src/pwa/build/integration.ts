/**
 * The build's last step, as an Astro integration, so `astro build` alone writes the whole
 * site: preload hints for the islands' scripts (./island-preload.ts) and the Content Security
 * Policy into every page, then the service worker, whose
 * precache revisions must reflect the pages as served. Listed after Starlight in
 * astro.config.mjs: Astro runs `astro:build:done` hooks in that order, so Pagefind's
 * search files exist by then and are precached too.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyCsp } from './csp.ts';
import { addIslandPreloads } from './island-preload.ts';
import { SW_FILE, writeServiceWorker } from './service-worker.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export default function pwa(): AstroIntegration {
  return {
    name: 'playbook-pwa',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out);
        if (!pages.length) throw new Error(`${out} has no pages to write a policy into`);
        // A site path such as /_astro/x.js as the built file's text; null for what is not there.
        const read = (path: string): string | null => {
          try {
            return readFileSync(join(out, path), 'utf8');
          } catch {
            return null;
          }
        };
        for (const file of pages)
          writeFileSync(file, applyCsp(addIslandPreloads(readFileSync(file, 'utf8'), read)));
        logger.info(`Island preloads and Content Security Policy written into ${pages.length} pages`);
        const { count, size } = await writeServiceWorker(out);
        logger.info(`${SW_FILE} precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
