// When two deals hold the same work: the same name, customer, answers and notes. The ids,
// times and revision are bookkeeping (a deal saved from a shared link gets a new id and
// new times), so a file or a link whose deal is already here is recognised by its content.
import { dequal } from 'dequal/lite';
import type { Deal } from '../deals/schema';

type Content = Pick<Deal, 'name' | 'customer' | 'answers' | 'notes'>;

export function sameContent(a: Content, b: Content): boolean {
  return (
    a.name === b.name && a.customer === b.customer && a.notes === b.notes && dequal(a.answers, b.answers)
  );
}

/** A deal here that holds the same work as `deal` (the most recently changed, if several). */
export function findSameDeal(deals: Readonly<Record<string, Deal>>, deal: Deal): Deal | undefined {
  let found: Deal | undefined;
  for (const here of Object.values(deals))
    if (sameContent(here, deal) && (!found || here.updatedAt > found.updatedAt)) found = here;
  return found;
}

/** The ids of a file's deals that exist here with the same id and the same content. */
export function identicalIds(existing: Readonly<Record<string, Deal>>, fileDeals: readonly Deal[]): string[] {
  return fileDeals
    .filter((deal) => {
      const here = Object.hasOwn(existing, deal.id) ? existing[deal.id] : undefined;
      return here !== undefined && sameContent(here, deal);
    })
    .map((deal) => deal.id);
}
