// Strings of the shared tool chrome (deal switcher, storage notices, save status),
// kept in content/tool-chrome.json. The Astro wrappers hand an island only its
// page's language (`chromeStrings(lang)`), so the browser never downloads the other
// one; components import just the type. Each tool's own labels live in content/tools/.
import { z } from 'astro/zod';
import data from '../../content/tool-chrome.json';
import type { Lang } from './lang';

const KEYS = [
  'currentDeal',
  'noDeals',
  'newDeal',
  'dealName',
  'customer',
  'create',
  'cancel',
  'openBoard',
  'needDeal',
  'untitled',
  'saved',
  /** Template: {time}. */
  'savedAt',
  'notSavedQuota',
  'notSavedOther',
  'retrySave',
  'memoryMode',
  'loading',
  'newerVersion',
  'reload',
  /** Template: {when}. */
  'problemFound',
  'download',
  'discard',
  'conflictMerged',
  'deletedElsewhereKept',
  'clearedElsewhere',
  'dismiss',
  /** Template: {name}. A removed entry (an attendee, a competitor), with Undo beside it. */
  'removed',
  'undo',
  // Calendar and spreadsheet downloads (src/calendar/), the board's link to the team view.
  'calendarAdd',
  'calendarAddAll',
  'sheetDownload',
  'calendarNone',
  /** Template: {count}. */
  'calendarDone',
  /** Template: {count}. */
  'sheetDone',
  'sheetNone',
  'downloadFailed',
  'exportsTitle',
  'exportsHelp',
  'teamLink',
  /** Template: {deal}, {state}. The current deal's status for a stage, beside "Go to the tool". */
  'stageStatus',
] as const;

const strings = z.strictObject(
  Object.fromEntries(KEYS.map((key) => [key, z.string().min(1)])) as {
    [K in (typeof KEYS)[number]]: z.ZodString;
  },
);
const chromeSchema = z.strictObject({ zh: strings, en: strings });

export type ChromeStrings = z.infer<typeof strings>;

// Parsed once, at build time on the server: a missing or extra key fails the build.
const parsed = chromeSchema.parse(data);

export function chromeStrings(lang: Lang): ChromeStrings {
  return parsed[lang];
}
