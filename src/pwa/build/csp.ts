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

const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/style\s*>/gi;
const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const DATA_TYPES = /^\s*application\/(?:ld\+)?json\s*$/i;
const CSP_META = /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>/gi;

/** Decodes the character references an HTML serializer writes in attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec, hex, named) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[(named as string).toLowerCase()]!;
  });
}

/** A tag's attributes, by lower-case name, values decoded (a bare attribute has ''). */
export function attributesOf(attrs: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', double, single, bare] of attrs.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!found.has(key)) found.set(key, decodeAttribute(double ?? single ?? bare ?? ''));
  }
  return found;
}

/** The inline scripts, styles and style attributes of an HTML document. */
export function inlineSources(html: string): InlineSources {
  const text = html.replace(/\r\n?/g, '\n');
  const scripts: string[] = [];
  for (const [, attrs = '', body = ''] of text.matchAll(SCRIPT)) {
    const attributes = attributesOf(attrs);
    if (attributes.has('src') || DATA_TYPES.test(attributes.get('type') ?? '')) continue;
    scripts.push(body);
  }
  const styles = [...text.matchAll(STYLE)].map((m) => m[1] ?? '');
  // Tags only, outside script and style bodies.
  const markup = text.replace(SCRIPT, '').replace(STYLE, '');
  const styleAttributes: string[] = [];
  for (const [, attrs = ''] of markup.matchAll(TAG)) {
    const style = attributesOf(attrs).get('style');
    if (style !== undefined) styleAttributes.push(style);
  }
  return { scripts, styles, styleAttributes };
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

/**
 * The page with its policy as a <meta http-equiv> tag right after <meta charset> (a
 * policy governs only what follows it). Any policy tag already there is replaced, so
 * running the step twice gives the same page.
 */
export function applyCsp(html: string): string {
  const page = html.replace(CSP_META, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(inlineSources(page))}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(page);
  const head = /<head\b[^>]*>/i.exec(page);
  const anchor = charset ?? head;
  if (!anchor) throw new Error('Content Security Policy: the page has no <head> to put the policy in');
  const at = anchor.index + anchor[0].length;
  return page.slice(0, at) + tag + page.slice(at);
}
