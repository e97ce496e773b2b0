/**
 * The shorter query's results, drawn with Pagefind UI's class names so that Starlight's
 * search styles apply; while they show, Pagefind's own message and list are hidden.
 */

/** What Pagefind's `data()` gives for a page (the fields shown here). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

const ID = 'pb-search-fallback';
/** Sections shown under a page: those where the words occur most. */
const SECTIONS = 2;

/** Shows `found` in `frame` (the Pagefind UI's mount point), or removes what was shown. */
export function showResults(
  frame: HTMLElement,
  found: { message: string; pages: ResultData[] } | null,
): void {
  frame.querySelector(`#${ID}`)?.remove();
  frame.toggleAttribute('data-fallback', found !== null);
  if (!found) return;
  const area = element('div', 'pagefind-ui__results-area');
  area.id = ID;
  const message = element('p', 'pagefind-ui__message', found.message);
  message.setAttribute('role', 'status');
  const list = element('ol', 'pagefind-ui__results');
  for (const page of found.pages) list.append(resultItem(page));
  area.append(message, list);
  frame.append(area);
}

function resultItem(page: ResultData): HTMLElement {
  const inner = element('div', 'pagefind-ui__result-inner');
  inner.append(titleLink(page.meta.title ?? page.url, page.url));
  const sections = page.sub_results
    .filter((sub) => sub.url !== page.url)
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, SECTIONS);
  // As Pagefind UI does: the page's own excerpt only where no section shows where the words are.
  if (sections.length === 0) inner.append(excerpt(page.excerpt));
  for (const sub of sections) {
    const nested = element('div', 'pagefind-ui__result-nested');
    nested.append(titleLink(sub.title, sub.url), excerpt(sub.excerpt));
    inner.append(nested);
  }
  const item = element('li', 'pagefind-ui__result');
  item.append(inner);
  return item;
}

function titleLink(title: string, url: string): HTMLElement {
  const link = element('a', 'pagefind-ui__result-link', title);
  link.setAttribute('href', url);
  const heading = element('p', 'pagefind-ui__result-title');
  heading.append(link);
  return heading;
}

/** Pagefind's excerpt is escaped text with <mark> around the words found: rebuilt from text and marks only. */
function excerpt(html: string): HTMLElement {
  const paragraph = element('p', 'pagefind-ui__result-excerpt');
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  for (const node of parsed.childNodes)
    paragraph.append(
      node.nodeName === 'MARK' ? element('mark', '', node.textContent) : (node.textContent ?? ''),
    );
  return paragraph;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string | null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
