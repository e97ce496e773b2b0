// What every tool's Astro files (its wrapper and its stated rules) start from: the tool's
// data checked against its definition at build time (bad data fails the build with zod's
// message), the page's language, and what the island gets from its page.
import { langOfPath } from '../../i18n/lang';
import { islandFrame } from './island-frame';

export function toolPage<T>(definition: { parse: (data: unknown) => T }, data: unknown, url: URL) {
  const parsed = definition.parse(data);
  const lang = langOfPath(url.pathname);
  return { definition: parsed, lang, island: { ...islandFrame(lang), definition: parsed } };
}
