/**
 * Every internal link and #anchor in the built site resolves: the target file
 * exists and, when the link names a fragment, the target page has that id.
 * Nothing on a page loads from another origin.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, idsOf } from '../support/dist.ts';

const SITE = 'https://playbook.example.com';
const pages = builtPages();
const idCache = new Map<string, Set<string>>();
const idsAt = (path: string) => {
  if (!idCache.has(path)) idCache.set(path, pages.has(path) ? idsOf(pages.get(path)!) : new Set());
  return idCache.get(path)!;
};

describe.each([...pages.keys()])('%s', (path) => {
  const page = pages.get(path)!;

  it('links only to pages and anchors that exist', () => {
    const broken: string[] = [];
    for (const a of page.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, SITE + path);
      if (url.origin !== SITE) continue;
      if (!fileFor(url.pathname)) {
        broken.push(`${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== '_top' && !idsAt(url.pathname).has(fragment))
        broken.push(`${href} (no such anchor)`);
    }
    expect(broken).toEqual([]);
  });

  it('loads scripts, styles and images only from its own origin', () => {
    const foreign = page
      .querySelectorAll('script[src], link[href], img[src], source[src], iframe[src]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
      .filter((ref) => new URL(ref, SITE + path).origin !== SITE);
    expect(foreign).toEqual([]);
  });
});
