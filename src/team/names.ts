// How the team view names a loaded deal. Deals from many reps often share a name
// (ten trainees who loaded the same case study all hold "Xinda Building Materials"),
// so a name that several loaded deals share is followed by the file or link the deal
// came from, and, if that is shared too, by the end of its id.
import type { Deal } from '../deals/schema';

export function dealName(deal: Pick<Deal, 'name' | 'customer'>): string {
  return deal.name.trim() || deal.customer.trim() || '—';
}

function counts(keys: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return seen;
}

/** Deal id → a name that tells the deal apart from the others loaded. */
export function distinctNames(
  deals: readonly Deal[],
  sourceOf: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const plain = deals.map(dealName);
  const plainCount = counts(plain);
  const withSource = deals.map((deal, i) =>
    plainCount.get(plain[i]!)! > 1 && sourceOf.has(deal.id)
      ? `${plain[i]} · ${sourceOf.get(deal.id)}`
      : plain[i]!,
  );
  const sourceCount = counts(withSource);
  return new Map(
    deals.map((deal, i) => {
      const name = withSource[i]!;
      return [deal.id, sourceCount.get(name)! > 1 ? `${name} · ${deal.id.slice(-4)}` : name];
    }),
  );
}
