/**
 * The service worker, generated into the build by Workbox (workbox-build's generateSW).
 *
 * - Precaches every file a reader needs: all pages in both languages, scripts, styles,
 *   icons, the manifests and Pagefind's search index (its .pf_meta, .pf_index and
 *   .pf_fragment files, the WebAssembly reader `wasm.*.pagefind`, its scripts and CSS).
 *   After one visit every page opens and search works with no network.
 * - Answers a navigation from the precache: `/process/demo/` is served
 *   `/process/demo/index.html`; query strings are ignored (a static site has none).
 * - Any other navigation (a page this release does not have) goes to the network, so a
 *   page published later still loads; with no network it gets the site's 404 page, and
 *   `/process/demo` (no trailing slash) is redirected to `/process/demo/`.
 * - A new release installs beside the old one and waits: src/pwa/register.ts offers a
 *   reload and sends SKIP_WAITING only when the rep accepts. The first install claims
 *   the open page, so the page the rep is on works offline at once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { PROGRESS_MESSAGE } from '../offline-status.ts';
import { precacheProgressScript } from './precache-progress.ts';

/** The generated worker's file, at the site root so its scope is the whole site. */
export const SW_FILE = 'sw.js';
/** Workbox names its caches after this: the precache is `playbook-precache-v2-<scope>`. */
export const CACHE_ID = 'playbook';

/** File types precached, by extension. */
export const PRECACHED_TYPES = [
  'html',
  'js',
  'mjs',
  'css',
  'json',
  'svg',
  'png',
  'ico',
  'webmanifest',
  'woff2',
  'wasm',
  'pagefind',
  'pf_meta',
  'pf_index',
  'pf_fragment',
];

/**
 * Answers a navigation the network could not (offline, or the server is down): an address
 * missing its trailing slash is redirected to the cached page, anything else gets the
 * cached 404 page, with status 404. Runs inside the service worker, which gets this
 * function's source text: it may use nothing else from this module.
 */
export const offlineNavigation = async ({ request }: { request: Request }): Promise<Response | undefined> => {
  const { pathname } = new URL(request.url);
  if (!pathname.endsWith('/') && (await caches.match(`${pathname}/index.html`, { ignoreSearch: true })))
    return Response.redirect(new URL(`${pathname}/`, request.url).href, 301);
  const notFound = await caches.match('/404.html', { ignoreSearch: true });
  return (
    notFound &&
    new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers })
  );
};

/** Which files of the build `dir` are precached, and how they are revised. */
export function precacheOptions(dir: string) {
  return {
    globDirectory: dir,
    globPatterns: [`**/*.{${PRECACHED_TYPES.join(',')}}`],
    // Astro names its bundles by content hash: the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // Pagefind's index and the largest pages stay well under this.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

export function swOptions(dir: string): GenerateSWOptions {
  return {
    ...precacheOptions(dir),
    swDest: join(dir, SW_FILE),
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cacheId: CACHE_ID,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { plugins: [{ handlerDidError: offlineNavigation }] },
      },
    ],
  };
}

/**
 * Writes the service worker into the build folder `dir`, reporting its precache progress to
 * the pages (./precache-progress.ts); returns what it precaches.
 */
export async function writeServiceWorker(dir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW(swOptions(dir));
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  const file = join(dir, SW_FILE);
  const progress = precacheProgressScript(count, `${CACHE_ID}-precache-`, PROGRESS_MESSAGE);
  writeFileSync(file, progress + readFileSync(file, 'utf8'));
  return { count, size };
}
