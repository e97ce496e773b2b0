// Which deals the board's table shows: found by name or customer, in the chosen
// order, a page at a time (a rep with 500 deals gets the first page at once and
// more on request). Pure: unit-tested in tests/board/deal-list.test.ts.
import type { Deal } from '../deals/schema';
import { byRecent } from '../deals/order';

export type DealOrder = 'updated' | 'name';

/** Rows shown at first, and added by each "show more". */
export const PAGE_SIZE = 25;

/** Case, width (full-width Ｅ) and spacing do not matter when looking for a deal. */
function normalized(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** The deals whose name or customer holds every word of `query` (all deals for an empty query). */
export function findDeals(deals: readonly Deal[], query: string): Deal[] {
  // Blank: no normalising at all (its first use loads the browser's Unicode data).
  if (query.trim() === '') return [...deals];
  const words = normalized(query).split(' ').filter(Boolean);
  return deals.filter((deal) => {
    const text = normalized(`${deal.name} ${deal.customer}`);
    return words.every((word) => text.includes(word));
  });
}

/** Most recently changed first, or by name (then customer) in the page's language. */
export function orderDeals(deals: readonly Deal[], order: DealOrder, locale: string): Deal[] {
  if (order === 'updated') return deals.toSorted(byRecent);
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...deals].sort(
    (a, b) =>
      collator.compare(a.name.trim(), b.name.trim()) ||
      collator.compare(a.customer.trim(), b.customer.trim()) ||
      a.id.localeCompare(b.id),
  );
}

/** How many rows to show so that the deal at `index` is among them (whole pages). */
export function shownToInclude(index: number, shown: number): number {
  if (index < shown) return shown;
  return Math.ceil((index + 1) / PAGE_SIZE) * PAGE_SIZE;
}
