// Each loaded deal's summary, worked out once: the view fills the cache a file at a time
// while the files load, so the report finds every summary ready when it draws. One cache
// per set of definitions, that is one per page.
import { createSummaryCache, type SummaryCache } from '../board/summary-cache';
import type { SummaryDefinitions } from '../board/summary';

const caches = new WeakMap<SummaryDefinitions, SummaryCache>();

export function teamSummaries(definitions: SummaryDefinitions): SummaryCache {
  let cache = caches.get(definitions);
  if (cache === undefined) {
    cache = createSummaryCache(definitions);
    caches.set(definitions, cache);
  }
  return cache;
}
