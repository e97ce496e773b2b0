/**
 * When a search finds little, the dialog also searches the shorter query (question.ts)
 * with Pagefind's own API and index, and shows those results in place of Pagefind's,
 * saying in the page's language that they are for the shorter query. Loaded with the
 * search UI, on intent; it also names Pagefind's search field.
 */
import { SEARCH_SETTLE_MS } from './intent';
import { rankAnyTerm, shorterQuery, type Hit } from './question';
import { showResults, type ResultData } from './results-view';
import './fallback.css';

/** Fewer pages than this for the whole query, and the shorter query is searched too. */
const ENOUGH = 3;
/** Where Starlight's search has Pagefind UI load Pagefind's API from. */
const PAGEFIND = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
/** How many pages the shorter query shows. */
const SHOWN = 8;

interface PagefindHit extends Hit {
  data: () => Promise<ResultData>;
}
interface Pagefind {
  filters: () => Promise<unknown>;
  search: (term: string) => Promise<{ results: PagefindHit[] }>;
}

/**
 * Pagefind's API: the module Pagefind UI loads too (one instance). This module loads on
 * intent, beside Pagefind UI, so the index starts loading at once, before the UI is even
 * drawn (asking for the filters loads the index's metadata and the WebAssembly reader).
 */
const pagefind = import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>;
pagefind.then((api) => api.filters()).catch((error: unknown) => console.error(error));

/** The fallback messages: Pagefind UI's translations plus ours ("fallback_one", "fallback_many"). */
export type Messages = Record<string, string | undefined>;

/** Follows the Pagefind UI mounted in `root`'s `#starlight__search`. */
export function answerQuestions(
  root: HTMLElement,
  messages: Messages,
  formatURL: (url: string) => string,
): void {
  const frame = root.querySelector<HTMLElement>('#starlight__search');
  const input = frame?.querySelector('input');
  if (!frame || !input) return;
  // Pagefind UI names its field by a title only, a name some assistive technology misses
  // (axe: label-title-only): the same words as the field's name.
  if (!input.hasAttribute('aria-label')) input.setAttribute('aria-label', input.title);
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reset = () => {
    asked += 1;
    clearTimeout(timer);
    showResults(frame, null);
    delete frame.dataset.answered;
  };
  /** The shorter query's results for `query`, or null where the whole query found enough. */
  const fallbackFor = async (query: string) => {
    const api = await pagefind;
    const whole = await api.search(query);
    const shorter = whole.results.length < ENOUGH ? shorterQuery(query) : null;
    if (!shorter) return null;
    const perTerm = await Promise.all(shorter.terms.map(async (term) => (await api.search(term)).results));
    const ranked = rankAnyTerm(perTerm).slice(0, SHOWN);
    if (ranked.length <= whole.results.length) return null;
    const pages = await Promise.all(ranked.map(async (hit) => withURL(await hit.data(), formatURL)));
    const template = (pages.length === 1 ? messages.fallback_one : messages.fallback_many) ?? '';
    const message = template
      .replace('[SEARCH_TERM]', query)
      .replace('[SHORTER_TERM]', shorter.text)
      .replace('[COUNT]', String(pages.length));
    return { message, pages };
  };
  const ask = async (query: string, id: number) => {
    const found = await fallbackFor(query);
    if (id !== asked || input.value.trim() !== query) return;
    showResults(frame, found);
    // Which query the dialog has settled on (whether or not it fell back): what a test waits for.
    frame.dataset.answered = query;
  };

  input.addEventListener('input', () => {
    reset();
    const query = input.value.trim();
    if (!query) return;
    const id = asked;
    timer = setTimeout(() => {
      ask(query, id).catch((error: unknown) => console.error(error));
    }, SEARCH_SETTLE_MS);
  });
  // Pagefind UI empties the field without an input event on Escape and on its clear button.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') reset();
  });
  frame.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.pagefind-ui__search-clear')) reset();
  });
}

/** The page's and its sections' links as the site writes them (Starlight's trailing-slash setting). */
function withURL(page: ResultData, formatURL: (url: string) => string): ResultData {
  return {
    ...page,
    url: formatURL(page.url),
    sub_results: page.sub_results.map((sub) => ({ ...sub, url: formatURL(sub.url) })),
  };
}
