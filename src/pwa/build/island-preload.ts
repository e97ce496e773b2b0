/**
 * Preload hints for the islands a page starts at once. An island's script is found only when
 * the island starts, its imports only once that script has arrived, theirs after that: on the
 * deal board four round trips one after the other. A `<link rel="modulepreload">` for every
 * file the island's script imports statically, however deep, lets the browser fetch them all
 * at once. Only `client:only` and `client:load` islands: the rest (`client:visible`…) start
 * later on purpose, and their files must not be fetched before they do. Imports with
 * `import()` are left out too: they load on demand (the board's share panel, say).
 */
import { posix } from 'node:path';

/** The files a built chunk imports or re-exports statically (`import{a}from"./x.js"`, `import"./y.js"`). */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  // No parenthesis before the quote: `import("./x.js")` and `import(\`./x.js\`)` are dynamic.
  for (const match of source.matchAll(
    /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
  ))
    found.push(match[1]!);
  return found;
}

/** The site paths of the scripts the page's at-once islands need, each once, in the order found. */
export function islandPreloads(html: string, read: (path: string) => string | null): string[] {
  const wanted: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = read(path);
    if (source === null) return;
    wanted.push(path);
    for (const spec of staticImports(source)) visit(posix.resolve(posix.dirname(path), spec));
  };
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (!/\sclient="(?:only|load)"/.test(tag)) continue;
    for (const [, url] of tag.matchAll(/\s(?:component|renderer)-url="(\/[^"]+\.js)"/g)) visit(url!);
  }
  return wanted;
}

/** The page with a modulepreload link before `</head>` for each of `islandPreloads`, unless it loads that script already. */
export function addIslandPreloads(html: string, read: (path: string) => string | null): string {
  const present = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]),
  );
  const links = islandPreloads(html, read)
    .filter((path) => !present.has(path))
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
  return links === '' ? html : html.replace('</head>', `${links}</head>`);
}
