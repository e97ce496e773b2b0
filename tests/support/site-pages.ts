/** The built site's pages, by kind, and their language: what the per-page tests walk. */
import { builtPages } from './dist.ts';

/** The site's two languages: Chinese at the root, English under /en/. */
export type Lang = 'zh' | 'en';

export const langOf = (url: string): Lang => (url.startsWith('/en/') ? 'en' : 'zh');

/** A site path in a language: `/process/demo/` or `/en/process/demo/`. */
export const inLang = (lang: Lang, path: string): string => (lang === 'en' ? `/en${path}` : path);

/** Every HTML page of the build, as URL paths ("/", "/en/process/demo/", "/404.html"). */
export const ALL_PAGES = [...builtPages().keys()].toSorted();

/** Pages that carry a stage tool or the deal board. */
// Blank worksheets (/worksheets/) print a tool's list with no live tool: not tool pages.
export const TOOL_PAGES = [...builtPages()]
  .filter(([url]) => !url.includes('/worksheets/'))
  .filter(([, page]) => page.querySelector('.pb-tool, astro-island[component-export="DealBoard"]') !== null)
  .map(([url]) => url)
  .toSorted();

/** The stage pages whose tool a rep fills in (the board is not one). */
export const STAGE_TOOL_PAGES = TOOL_PAGES.filter((url) => url.includes('/process/'));
