import { describe, expect, it } from 'vitest';
import { byRecent } from '../../src/deals/order';
import type { Deal } from '../../src/deals/schema';
import { sampleDeal } from './sample';

describe('byRecent: the one order of deals (board, deal switcher, export)', () => {
  it('puts the most recently changed first, ties by name then id', () => {
    const d = (id: string, name: string, updatedAt: string): Deal => sampleDeal({ id, name, updatedAt });
    const sorted = [
      d('a', 'Old', '2026-11-01T00:00:00.000Z'),
      d('c', 'Same', '2026-11-20T00:00:00.000Z'),
      d('b', 'Same', '2026-11-20T00:00:00.000Z'),
      d('d', 'New', '2026-11-25T00:00:00.000Z'),
      d('e', 'Alpha', '2026-11-20T00:00:00.000Z'),
    ].toSorted(byRecent);
    expect(sorted.map((x) => x.id)).toEqual(['d', 'e', 'b', 'c', 'a']);
  });
});
