// The download actions behind the calendar and spreadsheet buttons: loaded on the
// first click (with the tools' dated items, the .ics and CSV writers), never at page start.
import exportsData from '../../content/exports.json';
import { downloadText } from '../board/transfer';
import type { Deal } from '../deals/schema';
import type { SummaryDefinitions } from '../board/summary';
import type { Lang } from '../i18n/lang';
import { buildCsv, type SheetText } from '../spreadsheet/csv';
import { localDate } from '../shared/local-date';
import { datedItems } from './dated-items';
import { DATED_FIELDS } from './fields';
import { buildIcs } from './ics';

/** Downloads the deals' dates as an .ics file; returns how many dates it holds (0: nothing downloaded). */
export async function downloadCalendar(
  deals: readonly Deal[],
  lang: Lang,
  now = new Date(),
): Promise<number> {
  const items = deals.flatMap((deal) => datedItems(deal, DATED_FIELDS));
  if (items.length === 0) return 0;
  const text = await buildIcs(items, {
    lang,
    origin: location.origin,
    title: exportsData.eventTitle[lang],
    calName: exportsData.calendarName[lang],
  });
  downloadText(text, `sales-playbook-dates-${localDate(now)}.ics`, 'text/calendar');
  return items.length;
}

/** Downloads one row per deal as CSV; returns how many deals it holds. */
export async function downloadSheet(
  deals: readonly Deal[],
  definitions: SummaryDefinitions,
  text: Omit<SheetText, 'columns'>,
  lang: Lang,
  now = new Date(),
): Promise<number> {
  if (deals.length === 0) return 0;
  const columns = Object.fromEntries(
    Object.entries(exportsData.columns).map(([key, value]) => [key, value[lang]]),
  ) as SheetText['columns'];
  const csv = await buildCsv(deals, definitions, { ...text, columns });
  downloadText(csv, `sales-playbook-deals-${localDate(now)}.csv`, 'text/csv');
  return deals.length;
}
