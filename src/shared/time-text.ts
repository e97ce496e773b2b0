// Moments for reading, the one way every page writes them: how long ago, date and time, the
// time of day. Each Intl formatter is made once per language (making one costs far more than
// using it). Unit-tested in tests/shared/time-text.test.ts.
import { localeOf, type Lang } from '../i18n/lang';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** "5 minutes ago" / "5分钟前", "yesterday" / "昨天": how long ago `iso` was, seen at `now`. */
export function relativeTime(iso: string, now: Date, lang: Lang): string {
  let rtf = relativeFormats.get(lang);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
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
    format = new Intl.DateTimeFormat(localeOf(lang), {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    absoluteFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

const clockFormats = new Map<Lang, Intl.DateTimeFormat>();

/** The time of day in the reader's language and time zone, e.g. "14:05" / "2:05 PM". */
export function clockTime(date: Date, lang: Lang): string {
  let format = clockFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { timeStyle: 'short' });
    clockFormats.set(lang, format);
  }
  return format.format(date);
}
