import { describe, expect, it } from 'vitest';
import { addIslandPreloads, islandPreloads, staticImports } from '../../../src/pwa/build/island-preload.ts';

const FILES: Record<string, string> = {
  '/_astro/Board.js': 'import{t as a}from"./store.js";import"./side.js";const l=()=>import(`./Lazy.js`);',
  '/_astro/store.js': 'import{b}from"./base.js";export{c}from"./more.js";',
  '/_astro/base.js': 'export const b=1;',
  '/_astro/more.js': 'import{b}from"./base.js";export const c=b;',
  '/_astro/side.js': 'console.log(1)',
  '/_astro/Lazy.js': 'import{b}from"./base.js";',
  '/_astro/client.js': 'export default 1;',
  '/_astro/Quiz.js': 'import"./quiz-only.js";',
  '/_astro/quiz-only.js': '',
};
const read = (path: string): string | null => FILES[path] ?? null;

const page = (islands: string) =>
  `<html><head><meta charset="utf-8"><script type="module" src="/_astro/side.js"></script></head><body>${islands}</body></html>`;
const island = (component: string, client: string) =>
  `<astro-island uid="a" component-url="/_astro/${component}" renderer-url="/_astro/client.js" ssr client="${client}">`;

describe('staticImports', () => {
  it('finds static imports and re-exports, not import()', () => {
    expect(staticImports(FILES['/_astro/Board.js']!)).toEqual(['./store.js', './side.js']);
    expect(staticImports(FILES['/_astro/store.js']!)).toEqual(['./base.js', './more.js']);
    expect(staticImports('const m = import("./x.js"); import ( "./y.js" )')).toEqual([]);
  });
});

describe('islandPreloads', () => {
  it('follows every static import of an at-once island, however deep, each file once', () => {
    expect(islandPreloads(page(island('Board.js', 'only')), read)).toEqual([
      '/_astro/Board.js',
      '/_astro/store.js',
      '/_astro/base.js',
      '/_astro/more.js',
      '/_astro/side.js',
      '/_astro/client.js',
    ]);
  });

  it('leaves out islands that start later and files that are not there', () => {
    expect(islandPreloads(page(island('Quiz.js', 'visible')), read)).toEqual([]);
    expect(islandPreloads(page(island('Gone.js', 'load')), read)).toEqual(['/_astro/client.js']);
  });
});

describe('addIslandPreloads', () => {
  it('adds a modulepreload link before </head> for each file the page does not load already', () => {
    const html = addIslandPreloads(page(island('Board.js', 'only')), read);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/_astro/Board.js',
      '/_astro/store.js',
      '/_astro/base.js',
      '/_astro/more.js',
      '/_astro/client.js',
    ]);
    expect(html).toMatch(/<link rel="modulepreload" href="\/_astro\/client.js"><\/head>/);
  });

  it('leaves a page without such islands as it was', () => {
    const html = page(island('Quiz.js', 'visible'));
    expect(addIslandPreloads(html, read)).toBe(html);
  });
});
