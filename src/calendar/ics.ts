// An .ics file (RFC 5545) of dated items: one all-day event each, titled with the deal
// and the item in the page's language, linking back to the item's anchor. The UID
// follows the deal's id and the item's id, so importing a newer file again updates
// the same entries instead of adding copies. The generator is loaded on use.
import type { DateArray, EventAttributes } from 'ics';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { itemPath, type DatedItem } from './dated-items';

export const PRODUCT_ID = 'sales-playbook';

export interface CalendarOptions {
  lang: Lang;
  /** The site's origin, e.g. https://playbook.example.com: calendar links must be absolute. */
  origin: string;
  /** The entry's title, e.g. "{deal}: {item}". */
  title: string;
  /** The calendar's name as the calendar app shows it. */
  calName: string;
}

/** [year, month, day] of a YYYY-MM-DD date, and of the day after (an all-day event ends there). */
function dayAndNext(date: string): [DateArray, DateArray] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [
    [y, m, d],
    [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
  ];
}

/** The same entry every time for the same deal and item. */
export function eventUid(item: DatedItem): string {
  return `${item.deal.id}.${item.field.tool}.${item.field.item}@${PRODUCT_ID}`;
}

export function calendarEvents(items: readonly DatedItem[], options: CalendarOptions): EventAttributes[] {
  return items.map((item) => {
    const [start, end] = dayAndNext(item.date);
    const deal = item.deal.name.trim() || item.deal.customer.trim() || item.deal.id;
    const updated = new Date(item.deal.updatedAt);
    return {
      uid: eventUid(item),
      title: fill(options.title, { deal, item: item.field.label[options.lang] }),
      start,
      end,
      url: new URL(itemPath(item.field, options.lang), options.origin).href,
      description: item.deal.customer,
      transp: 'TRANSPARENT',
      lastModified: updated.getTime(),
    };
  });
}

/** The .ics text, or an error when the generator refuses the input. */
export async function buildIcs(items: readonly DatedItem[], options: CalendarOptions): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(calendarEvents(items, options), {
    productId: PRODUCT_ID,
    calName: options.calName,
  });
  if (error || value === null) throw error ?? new Error('No calendar was made');
  return value;
}
