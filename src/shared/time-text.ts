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

/** `make(key)`, made on first use and kept: one formatter per language (and time zone). */
function kept<F>(make: (key: string) => F): (key: string) => F {
  const made = new Map<string, F>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

const relativeFormat = kept((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
const clockFormat = kept((lang) => new Intl.DateTimeFormat(lang, { timeStyle: 'short' }));
const absoluteFormat = kept((key) => {
  const [lang = 'en', timeZone] = key.split(' ');
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
});

/** "5 minutes ago" / "5分钟前", "yesterday" / "昨天": how long ago `iso` was, seen at `now`. */
export function relativeTime(iso: string, now: Date, lang: Lang): string {
  const rtf = relativeFormat(localeOf(lang));
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
  return absoluteFormat(`${localeOf(lang)} ${timeZone ?? ''}`).format(new Date(iso));
}

/** The time of day in the reader's language and time zone, e.g. "14:05" / "2:05 PM". */
export function clockTime(date: Date, lang: Lang): string {
  return clockFormat(localeOf(lang)).format(date);
}
