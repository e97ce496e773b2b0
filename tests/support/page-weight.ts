/**
 * The JavaScript a built page loads at start, gzip-compressed: its script tags and
 * module preloads, and each island's component and renderer, with every module
 * they import statically (dynamic `import()` loads later, on use, and is left out).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { DIST } from './dist.ts';

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

const gzipCache = new Map<string, number>();
export function gzipSize(path: string): number {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(join(DIST, path))).length);
  return gzipCache.get(path)!;
}

/** A module and everything it imports statically, as site paths ("/_astro/x.js"). */
export function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(join(DIST, entry), 'utf8');
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const spec = match[1]!;
    if (spec.startsWith('.') || spec.startsWith('/'))
      moduleGraph(posix.resolve(posix.dirname(entry), spec), seen);
  }
  return seen;
}

export interface PageWeight {
  /** Modules from script tags and preloads (the docs frame's own scripts). */
  frame: Set<string>;
  /** Modules the page's islands load: ours. */
  islands: Set<string>;
  islandCount: number;
  /** Inline script bytes, gzip. */
  inlineGzip: number;
}

const local = (url: string | undefined): url is string => !!url && url.startsWith('/');

export function pageWeight(page: HTMLElement): PageWeight {
  const frame = new Set<string>();
  for (const el of page.querySelectorAll('script[src], link[rel="modulepreload"]')) {
    const src = el.getAttribute('src') ?? el.getAttribute('href');
    if (local(src)) moduleGraph(src, frame);
  }
  const islands = islandGraph(page, () => true);
  const islandEls = page.querySelectorAll('astro-island');
  const inline = page
    .querySelectorAll('script:not([src])')
    .filter((s) => !['application/json', 'application/ld+json'].includes(s.getAttribute('type') ?? ''))
    .map((s) => s.textContent)
    .join('\n');
  return { frame, islands, islandCount: islandEls.length, inlineGzip: inline ? gzipSync(inline).length : 0 };
}

export const totalGzip = (modules: Iterable<string>): number =>
  [...modules].reduce((sum, path) => sum + gzipSize(path), 0);

/** The islands' modules (component, renderer and their static imports) for the islands `island` picks. */
function islandGraph(page: HTMLElement, island: (el: HTMLElement) => boolean): Set<string> {
  const graph = new Set<string>();
  for (const el of page.querySelectorAll('astro-island').filter(island))
    for (const attr of ['component-url', 'renderer-url']) {
      const url = el.getAttribute(attr);
      if (local(url)) moduleGraph(url, graph);
    }
  return graph;
}

/**
 * What the page's islands add at start: the island graph (component, renderer and
 * their static imports) less the modules the docs frame loads anyway, such as
 * Vite's preload helper that Astro's renderer and Starlight's scripts share.
 */
export function islandsAdd(page: HTMLElement, island: (el: HTMLElement) => boolean): Set<string> {
  const { frame } = pageWeight(page);
  return new Set([...islandGraph(page, island)].filter((module) => !frame.has(module)));
}
