/** The site's two languages: Chinese at the root, English under /en/. */
export type Lang = 'zh' | 'en';

/** The language of a page from its URL path: English pages live under /en/. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** A site path in the given language: `/process/demo/` or `/en/process/demo/`. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'en' ? `/en${path}` : path;
}

export type Localized<T = string> = Record<Lang, T>;

/** The BCP 47 tag of a language, for `lang` attributes and Intl: Chinese is Simplified (zh-CN). */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
