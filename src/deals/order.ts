// The one order of deals, wherever they are listed (the board, the tool pages' deal switcher,
// the export file, the deal opened first): most recently changed first.
import type { Deal } from './schema';

// ISO times and ids compare as plain strings: no locale collation for 500 deals.
const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Most recently changed first; ties by name, then id, so the order never jitters. */
export function byRecent(
  a: Pick<Deal, 'updatedAt' | 'name' | 'id'>,
  b: Pick<Deal, 'updatedAt' | 'name' | 'id'>,
): number {
  return plain(b.updatedAt, a.updatedAt) || a.name.localeCompare(b.name) || plain(a.id, b.id);
}
