/**
 * Every published anchor of content/anchors.json resolves on the Chinese page and
 * its English twin, as a heading listed in the table of contents; and content uses
 * no heading id that the manifest does not publish.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../content/anchors.json';
import { builtPages, idsOf } from '../support/dist.ts';
import { readMarker } from '../../src/markdown/remark-stable-anchors.ts';

const pages = builtPages();
const entries = Object.entries(manifest.pages);

describe.each(['', '/en'])('anchors on %s pages', (prefix) => {
  it.each(entries)('%s has every manifest anchor as a heading in its table of contents', (slug, ids) => {
    const page = pages.get(`${prefix}/${slug}/`);
    expect(page, `${prefix}/${slug}/ was not built`).toBeDefined();
    const ids_ = idsOf(page!);
    const missing = ids.filter((id) => !ids_.has(id));
    expect(missing, `missing ids on ${prefix}/${slug}/`).toEqual([]);
    const headings = new Set(page!.querySelectorAll('h2[id], h3[id], h4[id]').map((h) => h.id));
    expect(
      ids.filter((id) => !headings.has(id)),
      'ids that are not on a heading',
    ).toEqual([]);
    const toc = new Set(
      page!.querySelectorAll('starlight-toc a[href^="#"]').map((a) => a.getAttribute('href')!.slice(1)),
    );
    const depthInToc = ids.filter((id) => {
      const tag = page!.getElementById(id)?.tagName.toLowerCase();
      return tag === 'h2' || tag === 'h3';
    });
    expect(
      depthInToc.filter((id) => !toc.has(id)),
      'anchors missing from the table of contents',
    ).toEqual([]);
  });
});

describe('content', () => {
  it.each(entries)('%s marks only headings the manifest publishes, in both languages', (slug, ids) => {
    for (const file of [join('content/docs', `${slug}.mdx`), join('content/docs/en', `${slug}.mdx`)]) {
      const source = readFileSync(file, 'utf8');
      const marked = [...source.matchAll(/^#{2,6} .*\{(\/\*.*\*\/)\}\s*$/gm)].map((m) => readMarker(m[1]!));
      expect(marked, `${file} has the manifest's ids in its order`).toEqual(ids);
    }
  });
});
