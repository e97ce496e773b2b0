/**
 * Copy-link controls and item anchors in the built site, both languages:
 * - every checklist-item anchor of content/item-anchors.json is on its page exactly once,
 *   on an item of the tool's server-rendered list, and never equals a heading's id;
 * - every item of a server-rendered list has its anchor and a copy control named in the
 *   page's language;
 * - every section heading has Starlight's link named "Copy link to section: …" in the
 *   page's language, and every page has the status line and the one copy-link script.
 */
import { describe, expect, it } from 'vitest';
import en from '../../content/i18n/en.json';
import zh from '../../content/i18n/zh-CN.json';
import manifest from '../../content/item-anchors.json';
import { builtPages } from '../support/dist.ts';

const pages = builtPages();
const textOf = (url: string) => (url.startsWith('/en/') ? en : zh);
const named = (template: string, title: string) => template.replace('{{title}}', () => title);
/** Starlight's pages (the workshop view is a layout of its own). */
const starlightPages = [...pages].filter(([, page]) => page.querySelector('.sl-markdown-content') !== null);

describe.each(['', '/en'])('item anchors on %s pages', (prefix) => {
  it.each(Object.entries(manifest.pages))(
    '%s has each item anchor once, on a listed item',
    (slug, anchors) => {
      const url = `${prefix}/${slug}/`;
      const page = pages.get(url);
      expect(page, `${url} was not built`).toBeDefined();
      const text = textOf(url);
      const headings = new Set(
        page!.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]').map((h) => h.id),
      );
      for (const anchor of anchors) {
        const found = page!.querySelectorAll(`[id="${anchor}"]`);
        expect(found.length, `${url}#${anchor}`).toBe(1);
        const item = found[0]!;
        expect(item.classList.contains('pb-item'), `${anchor} is a checklist item`).toBe(true);
        expect(item.closest('.pb-tool-fallback'), `${anchor} is in the tool's list`).not.toBeNull();
        expect(headings.has(anchor), `${anchor} is also a heading's id`).toBe(false);
        const control = item.querySelector(`a.pb-copy-link[href="#${anchor}"]`);
        expect(control, `${anchor} has its copy control`).not.toBeNull();
        const label = control!.getAttribute('title') ?? '';
        const [before, after] = text['links.item'].split('{{title}}') as [string, string];
        expect(label.startsWith(before) && label.endsWith(after), label).toBe(true);
        expect(label.length, label).toBeGreaterThan(before.length + after.length);
      }
    },
  );

  it.each(Object.entries(manifest.pages))('%s lists no item without its anchor', (slug, anchors) => {
    const page = pages.get(`${prefix}/${slug}/`)!;
    const items = page.querySelectorAll('.pb-tool-fallback .pb-item');
    expect(items.map((item) => item.id)).toEqual(anchors);
  });
});

it('finds the pages and headings to check', () => {
  expect(starlightPages.length).toBeGreaterThanOrEqual(20);
  const wrapped = starlightPages.flatMap(([, page]) => page.querySelectorAll('.sl-heading-wrapper'));
  expect(wrapped.length).toBeGreaterThan(200);
});

describe.each(starlightPages.map(([url]) => url))('%s', (url) => {
  const page = pages.get(url)!;
  const text = textOf(url);

  it('has a copy control named in its language beside every section heading', () => {
    const headings = page
      .querySelectorAll('.sl-markdown-content .sl-heading-wrapper > :first-child')
      .filter((h) => h.id);
    const wrong: string[] = [];
    for (const heading of headings) {
      const control = heading.parentNode.querySelector(`:scope > a.sl-anchor-link[href="#${heading.id}"]`);
      const name = control?.querySelector('.sr-only')?.text ?? '';
      if (name !== named(text['heading.anchorLabel'], heading.text)) wrong.push(`#${heading.id}: "${name}"`);
    }
    expect(wrong).toEqual([]);
    // No section heading with an id is left without its wrapper and control.
    expect(page.querySelectorAll('.sl-markdown-content > :is(h2, h3, h4, h5, h6)[id]').length).toBe(0);
  });

  it('has the status line in its language and the copy-link script', () => {
    const status = page.querySelectorAll('.pb-copy-status');
    expect(status.length).toBe(1);
    expect(status[0]!.getAttribute('role')).toBe('status');
    expect(status[0]!.getAttribute('data-copied-text')).toBe(text['links.copied']);
    expect(status[0]!.getAttribute('data-failed-text')).toBe(text['links.failed']);
    const scripts = page
      .querySelectorAll('script[src]')
      .map((s) => s.getAttribute('src')!)
      .filter((src) => /\/SectionLinks\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src));
    expect(scripts.length).toBe(1);
  });
});
