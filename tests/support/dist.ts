/** Reading the built site in dist/: its HTML pages, parsed, by URL path. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build to check: dist/, or DIST_DIR when a build was written elsewhere (astro build --outDir). */
export const DIST = process.env.DIST_DIR ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every HTML page of the build, keyed by its URL path ("/", "/en/process/demo/"). */
export function builtPages(): Map<string, HTMLElement> {
  const pages = new Map<string, HTMLElement>();
  for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
    const path = '/' + relative(DIST, file).split(sep).join('/');
    const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    pages.set(url, parse(readFileSync(file, 'utf8')));
  }
  return pages;
}

/** The file a site-relative URL path is served from, or undefined when there is none. */
export function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html'), join(DIST, `${decoded}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The ids of every element on a page. */
export function idsOf(page: HTMLElement): Set<string> {
  return new Set(page.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
}
