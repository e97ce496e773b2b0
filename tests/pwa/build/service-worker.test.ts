import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  offlineNavigation,
  precacheOptions,
  writeServiceWorker,
} from '../../../src/pwa/build/service-worker.ts';

/** A small build: pages in both languages, bundles, icons, Pagefind's index, a sitemap. */
const FILES = [
  'index.html',
  '404.html',
  'process/demo/index.html',
  'en/index.html',
  'en/process/demo/index.html',
  '_astro/page.AbC123.js',
  '_astro/common.XyZ789.css',
  'favicon.svg',
  'icons/icon-192.png',
  'manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_abc.pf_meta',
  'pagefind/index/en_abc.pf_index',
  'pagefind/fragment/en_abc.pf_fragment',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'sitemap-index.xml',
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-test-'));
  for (const file of FILES) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `contents of ${file}`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the precache', () => {
  it('holds every page, bundle, icon, manifest and Pagefind index file, and not the sitemap', async () => {
    const { manifestEntries } = await getManifest(precacheOptions(dir));
    const urls = manifestEntries.map((e) => e.url).sort();
    expect(urls).toEqual(FILES.filter((f) => !f.endsWith('.xml')).sort());
    // Hashed bundles need no revision; everything else is revised by content.
    for (const entry of manifestEntries)
      expect(entry.revision === null, entry.url).toBe(entry.url.startsWith('_astro/'));
  });
});

describe('offlineNavigation, for navigations the network could not answer', () => {
  /** The precache, as the Cache API finds it: revision parameters ignored. */
  const cached = new Map([
    ['/process/demo/index.html', new Response('<h1>demo</h1>')],
    ['/404.html', new Response('<h1>404</h1>', { headers: { 'content-type': 'text/html' } })],
  ]);
  beforeAll(() => {
    vi.stubGlobal('caches', {
      match: (url: string, options?: CacheQueryOptions) => {
        expect(options).toEqual({ ignoreSearch: true });
        return Promise.resolve(cached.get(url)?.clone());
      },
    });
  });
  afterAll(() => vi.unstubAllGlobals());
  const navigate = (path: string) => offlineNavigation({ request: new Request(`https://site.test${path}`) });

  it('redirects a cached page asked for without its trailing slash', async () => {
    const response = await navigate('/process/demo?x=1');
    expect([response?.status, response?.headers.get('location')]).toEqual([
      301,
      'https://site.test/process/demo/',
    ]);
  });

  it('answers anything else with the cached 404 page and status 404', async () => {
    for (const path of ['/no-such-page/', '/no-such-page', '/process/']) {
      const response = await navigate(path);
      expect(response?.status, path).toBe(404);
      expect(await response?.text(), path).toBe('<h1>404</h1>');
      expect(response?.headers.get('content-type')).toBe('text/html');
    }
  });

  it('gives up (the browser shows its offline page) when not even the 404 page is cached', async () => {
    cached.delete('/404.html');
    expect(await navigate('/no-such-page/')).toBeUndefined();
  });
});

describe('writeServiceWorker', () => {
  it('writes one self-contained sw.js that waits for the rep, claims the first page, and falls back to the 404 page', async () => {
    const { count } = await writeServiceWorker(dir);
    expect(count).toBe(FILES.length - 1);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/importScripts|workbox-[\da-f]+\.js/);
    // skipWaiting only on the page's message, never on install.
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toContain('self.addEventListener("activate",()=>self.clients.claim())');
    expect(sw).toContain('handlerDidError:');
    expect(sw).toContain('caches.match("/404.html",{ignoreSearch:!0})');
    expect(sw).toContain('{url:"process/demo/index.html",revision:"');
    expect(sw).toContain('{url:"pagefind/fragment/en_abc.pf_fragment",revision:"');
    expect(sw).toContain('ignoreURLParametersMatching:[/.*/]');
  }, 60_000);

  it('gives a changed page a new revision, so a new release reaches readers', async () => {
    const revision = (sw: string) => /\{url:"en\/index\.html",revision:"([^"]+)"\}/.exec(sw)?.[1];
    const before = revision(readFileSync(join(dir, 'sw.js'), 'utf8'));
    writeFileSync(join(dir, 'en/index.html'), 'a new release');
    await writeServiceWorker(dir);
    const after = revision(readFileSync(join(dir, 'sw.js'), 'utf8'));
    expect(before).toBeTruthy();
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  }, 60_000);
});
