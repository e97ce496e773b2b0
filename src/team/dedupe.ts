// The same deal loaded twice (same id, from two files or a file and a link) counts once:
// the most recently changed copy, and the copies left out are reported.
import type { Deal } from '../deals/schema';

export interface Loaded {
  deal: Deal;
  /** Index of the source (file or link) the deal came from. */
  source: number;
}

export interface Superseded {
  id: string;
  name: string;
  /** The source whose copy was kept, and the one whose copy was left out. */
  kept: number;
  dropped: number;
}

/** Whether `a` was changed after `b`: the later change, then the higher revision. */
function newer(a: Deal, b: Deal): boolean {
  const at = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  return at !== 0 ? at > 0 : a.rev > b.rev;
}

export function dedupeDeals(loaded: readonly Loaded[]): { kept: Loaded[]; superseded: Superseded[] } {
  const byId = new Map<string, Loaded>();
  const superseded: Superseded[] = [];
  for (const entry of loaded) {
    const seen = byId.get(entry.deal.id);
    if (seen === undefined) {
      byId.set(entry.deal.id, entry);
      continue;
    }
    const [win, lose] = newer(entry.deal, seen.deal) ? [entry, seen] : [seen, entry];
    byId.set(entry.deal.id, win);
    superseded.push({ id: win.deal.id, name: win.deal.name, kept: win.source, dropped: lose.source });
  }
  // A copy that won a first round and lost a later one: report the final winner.
  for (const entry of superseded) entry.kept = byId.get(entry.id)!.source;
  return { kept: [...byId.values()], superseded };
}
