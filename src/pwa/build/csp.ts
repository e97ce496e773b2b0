/**
 * The site's Content Security Policy, computed per page after the build.
 *
 * Only the site's own origin may supply scripts, styles, images, fonts, workers and
 * connections. Inline code is allowed only by the SHA-256 hash of its exact text, so
 * Starlight's inline scripts (theme, search shortcut, sidebar state) and Astro's island
 * runtime run, and nothing injected does. Astro's own `security.csp` leaves Starlight's
 * `is:inline` scripts and the bundled inline styles unhashed and places its tag after the
 * first script, so the policy is written here instead, as the first element after
 * `<meta charset>`, once the finished HTML is known.
 *
 * Directives that a <meta> policy cannot carry (frame-ancestors, report-to) belong in
 * the host's HTTP headers: see "Hosting" in README.md.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface InlineSources {
  /** Text of every inline script that runs (not JSON data blocks). */
  scripts: string[];
  /** Text of every <style> element. */
  styles: string[];
  /** Values of every style="" attribute, decoded. */
  styleAttributes: string[];
}

/** CSP source expression for a text: `'sha256-…'` of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const DATA_TYPES = /^\s*application\/(?:ld\+)?json\s*$/i;

/** Every element of the tree, in document order, template contents included. */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if ('content' in node) yield* elements(node.content);
}

/** An attribute's value as the parser decoded it (the first of a repeated name wins there too). */
const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value;

/** The text inside a script or style element, as the browser hashes it. */
const textOf = (element: Element): string =>
  element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');

/** Parses a page with source offsets, so the policy tag can go into the text as it is. */
const parsePage = (html: string) => parse(html, { sourceCodeLocationInfo: true });

/** The inline scripts, styles and style attributes of an HTML document, read by an HTML parser. */
export function inlineSources(html: string): InlineSources {
  const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  for (const element of elements(parsePage(html))) {
    if (element.tagName === 'script' && attribute(element, 'src') === undefined) {
      if (!DATA_TYPES.test(attribute(element, 'type') ?? '')) sources.scripts.push(textOf(element));
    }
    if (element.tagName === 'style') sources.styles.push(textOf(element));
    const style = attribute(element, 'style');
    if (style !== undefined) sources.styleAttributes.push(style);
  }
  return sources;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/** The policy for a page with these inline sources. */
export function buildPolicy({ scripts, styles, styleAttributes }: InlineSources): string {
  const styleHashes = unique([...styles, ...styleAttributes].map(hashSource));
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind, the search, compiles its WebAssembly index reader: 'wasm-unsafe-eval'
    // allows WebAssembly compilation only, never eval() or new Function().
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...unique(scripts.map(hashSource))],
    // 'unsafe-hashes' lets the listed hashes match style="" attributes too (Starlight
    // sizes its icons that way); still no inline style runs unless listed.
    ['style-src', "'self'", ...(styleAttributes.length ? ["'unsafe-hashes'"] : []), ...styleHashes],
    // data: for the small SVGs inside Starlight's CSS; blob: for downloads the tools make.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Where the page's own policy tags stand in its text, last first (to cut them out in turn). */
function policyTags(html: string): [number, number][] {
  const found: [number, number][] = [];
  for (const element of elements(parsePage(html))) {
    const location = element.sourceCodeLocation;
    if (element.tagName === 'meta' && location)
      if (attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy')
        found.push([location.startOffset, location.endOffset]);
  }
  return found.reverse();
}

/**
 * The page with its policy as a <meta http-equiv> tag right after <meta charset> (a
 * policy governs only what follows it). Any policy tag already there is replaced, so
 * running the step twice gives the same page.
 */
export function applyCsp(html: string): string {
  let page = html;
  for (const [start, end] of policyTags(html)) page = page.slice(0, start) + page.slice(end);
  const tag = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(inlineSources(page))}">`;
  let at: number | undefined;
  let head: number | undefined;
  for (const element of elements(parsePage(page))) {
    const location = element.sourceCodeLocation;
    if (!location) continue; // an element the parser implied, not in the text
    if (element.tagName === 'head') head ??= location.startTag?.endOffset;
    if (element.tagName === 'meta' && attribute(element, 'charset') !== undefined) at ??= location.endOffset;
  }
  at ??= head;
  if (at === undefined)
    throw new Error('Content Security Policy: the page has no <head> to put the policy in');
  return page.slice(0, at) + tag + page.slice(at);
}
