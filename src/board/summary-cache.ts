// Each deal's summary computed once per change, not once per render: kept by deal id
// and remembered with the deal's revision, its last change and the day it was worked
// out for (a date can pass overnight). A deal deleted from the board leaves the cache
// the next time the board's list of deals is given (`keep`).
import type { Deal } from '../deals/schema';
import { localDate } from '../shared/local-date';
import { summarizeDeal, type DealSummary, type SummaryDefinitions } from './summary';

interface Entry {
  rev: number;
  updatedAt: string;
  today: string;
  summary: DealSummary;
}

export interface SummaryCache {
  /** The deal's summary, worked out again only when the deal or the day changed. */
  get: (deal: Deal, today?: string) => DealSummary;
  /** Forgets every deal not in `ids` (deleted ones). */
  keep: (ids: Iterable<string>) => void;
  /** How many summaries were worked out (for tests). */
  readonly computed: number;
}

export function createSummaryCache(definitions: SummaryDefinitions): SummaryCache {
  const entries = new Map<string, Entry>();
  let computed = 0;
  return {
    get(deal, today = localDate(new Date())) {
      const entry = entries.get(deal.id);
      if (entry && entry.rev === deal.rev && entry.updatedAt === deal.updatedAt && entry.today === today)
        return entry.summary;
      computed++;
      const summary = summarizeDeal(deal, definitions, today);
      entries.set(deal.id, { rev: deal.rev, updatedAt: deal.updatedAt, today, summary });
      return summary;
    },
    keep(ids) {
      const wanted = new Set(ids);
      for (const id of entries.keys()) if (!wanted.has(id)) entries.delete(id);
    },
    get computed() {
      return computed;
    },
  };
}
