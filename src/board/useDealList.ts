// The state of the board's table: the search, the order, and how many rows are shown.
// `reveal` makes a deal's row part of the page (the search cleared if it hides it), so
// an action can put focus on a row that was not shown yet.
import { useMemo, useState } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import { findDeals, orderDeals, PAGE_SIZE, shownToInclude, type DealOrder } from './deal-list';

export function useDealList(deals: Readonly<Record<string, Deal>>, locale: string) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<DealOrder>('updated');
  const [shown, setShown] = useState(PAGE_SIZE);
  // A deal an action put focus on: its row is shown, even when it is new since the last render.
  const [pinned, setPinned] = useState<string | null>(null);

  const ordered = useMemo(() => orderDeals(Object.values(deals), order, locale), [deals, order, locale]);
  const matched = useMemo(() => findDeals(ordered, query), [ordered, query]);
  const pinIndex = pinned === null ? -1 : matched.findIndex((deal) => deal.id === pinned);
  const visible = matched.slice(0, pinIndex >= 0 ? shownToInclude(pinIndex, shown) : shown);

  return {
    query,
    order,
    /** Every deal in the board's order. */
    ordered,
    /** The deals the search finds, in order. */
    matched,
    /** The rows on the page. */
    visible,
    search(next: string) {
      setQuery(next);
      setShown(PAGE_SIZE);
      setPinned(null);
    },
    reorder(next: DealOrder) {
      setOrder(next);
      setShown(PAGE_SIZE);
      setPinned(null);
    },
    /** Shows the next page; returns the first deal it adds (where focus goes). */
    showMore(): Deal | undefined {
      const first = matched[visible.length];
      setShown(visible.length + PAGE_SIZE);
      setPinned(null);
      return first;
    },
    /** Shows the deal's row; a search that does not find it (a new deal, say) is cleared. */
    reveal(id: string) {
      setPinned(id);
      if (!matched.some((deal) => deal.id === id)) setQuery('');
    },
  };
}

export type DealList = ReturnType<typeof useDealList>;
