/**
 * The copy-link controls' strings, from content/i18n/<locale>.json (Starlight's i18n
 * collection; "heading.anchorLabel" there also names Starlight's own heading links).
 * Read at build time by the Astro components; the page script gets them as data attributes
 * and the tool islands as props, so no client bundle carries both languages.
 */
import en from '../../content/i18n/en.json';
import zh from '../../content/i18n/zh-CN.json';
import type { Lang } from '../i18n/lang';

export interface LinkText {
  /** A section heading's control: "复制本节链接：{{title}}". */
  section: string;
  /** A checklist item's control: "复制本项链接：{{title}}". */
  item: string;
  /** Announced and shown after copying. */
  copied: string;
  /** Announced and shown when the clipboard refused: the link is in the address bar. */
  failed: string;
}

export function linkText(lang: Lang): LinkText {
  const strings = lang === 'en' ? en : zh;
  return {
    section: strings['heading.anchorLabel'],
    item: strings['links.item'],
    copied: strings['links.copied'],
    failed: strings['links.failed'],
  };
}
