// Pure helpers of the deal board: times, file names, ordering, copy names and
// import counts. No DOM, no storage: unit-tested in tests/board/format.test.ts.
import { localDate } from '../shared/local-date';
import type { Deal } from '../deals/schema';
import { LIMITS } from '../deals/constants';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The board string that names each qualification verdict. */
export const VERDICT_KEY = {
  pursue: 'verdictPursue',
  nurture: 'verdictNurture',
  'do-not-pursue': 'verdictDoNotPursue',
  incomplete: 'verdictIncomplete',
} as const;

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

// Made once per language: making an Intl formatter costs far more than using one.
const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** "5 minutes ago" / "5分钟前", "yesterday" / "昨天": how long ago `iso` was, seen at `now`. */
export function relativeTime(iso: string, now: Date, lang: Lang): string {
  let rtf = relativeFormats.get(lang);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'auto' });
    relativeFormats.set(lang, rtf);
  }
  const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  // Within a minute either way (a clock a little ahead included): "now".
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.trunc(seconds / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.trunc(seconds / HOUR), 'hour');
  if (abs < WEEK) return rtf.format(Math.trunc(seconds / DAY), 'day');
  if (abs < MONTH) return rtf.format(Math.trunc(seconds / WEEK), 'week');
  if (abs < YEAR) return rtf.format(Math.trunc(seconds / MONTH), 'month');
  return rtf.format(Math.trunc(seconds / YEAR), 'year');
}

/** Date and time in the reader's language and time zone, e.g. "27 Nov 2026, 14:05". */
export function absoluteTime(iso: string, lang: Lang, timeZone?: string): string {
  const key = `${lang} ${timeZone ?? ''}`;
  let format = absoluteFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    absoluteFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** The local calendar date as YYYY-MM-DD (for file names: the rep's own day, not UTC's). */
export { localDate } from '../shared/local-date';

/** A deal name made safe for a file name: no path or reserved characters, no spaces. */
export function fileNamePart(name: string): string {
  const safe = name
    // Reserved on Windows or macOS, control characters, and whitespace.
    .replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return Array.from(safe).slice(0, 60).join('') || 'deal';
}

/** `sales-playbook-deals-2026-11-27.json`, or with one deal's name when only that deal is exported. */
export function exportFileName(now: Date, dealName?: string): string {
  return dealName === undefined
    ? `sales-playbook-deals-${localDate(now)}.json`
    : `sales-playbook-deal-${fileNamePart(dealName)}-${localDate(now)}.json`;
}

/** Most recently changed first; ties by name, then id, so the order never jitters. */
export function sortDeals(deals: Iterable<Deal>): Deal[] {
  // ISO times and ids compare as plain strings: no locale collation for 500 deals.
  const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...deals].sort(
    (a, b) => plain(b.updatedAt, a.updatedAt) || a.name.localeCompare(b.name) || plain(a.id, b.id),
  );
}

/** The copy's name from a template such as "{name} (copy)", shortened to fit the name limit. */
export function copyNameFrom(template: string, name: string): string {
  const suffixLength = Array.from(fill(template, { name: '' })).length;
  const room = Math.max(0, LIMITS.name - suffixLength);
  return fill(template, { name: Array.from(name).slice(0, room).join('') });
}

export interface ImportCounts {
  added: number;
  replaced: number;
  kept: number;
}

/**
 * What an import does, given the deals it will write (`dealsToWrite`) and the
 * deals in the file: new ones are added, existing ones written are replaced,
 * and existing ones not written are kept as they are.
 */
export function importCounts(
  existing: Readonly<Record<string, Deal>>,
  fileDeals: readonly Pick<Deal, 'id'>[],
  written: readonly Pick<Deal, 'id'>[],
): ImportCounts {
  const writtenIds = new Set(written.map((d) => d.id));
  let added = 0;
  let replaced = 0;
  let kept = 0;
  for (const deal of fileDeals) {
    const exists = Object.hasOwn(existing, deal.id);
    if (!writtenIds.has(deal.id)) kept++;
    else if (exists) replaced++;
    else added++;
  }
  return { added, replaced, kept };
}
