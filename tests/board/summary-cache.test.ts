import { describe, expect, it } from 'vitest';
import { progressDefinitions } from '../../src/board/board-data';
import { summarizeDeal } from '../../src/board/summary';
import { createSummaryCache } from '../../src/board/summary-cache';
import { fullAnswers, partialAnswers, sampleDeal } from './deals';

const defs = progressDefinitions();
const TODAY = '2026-11-30';

describe('createSummaryCache', () => {
  it('works a summary out once per change of the deal, and gives what summarizeDeal gives', () => {
    const cache = createSummaryCache(defs);
    const deal = sampleDeal('d1', 'Full', fullAnswers());
    const first = cache.get(deal, TODAY);
    expect(first).toEqual(summarizeDeal(deal, defs, TODAY));
    expect(cache.get({ ...deal }, TODAY)).toBe(first);
    expect(cache.computed).toBe(1);

    const changed = { ...deal, answers: partialAnswers(), rev: 1, updatedAt: '2026-11-29T10:00:00.000Z' };
    expect(cache.get(changed, TODAY)).toEqual(summarizeDeal(changed, defs, TODAY));
    expect(cache.computed).toBe(2);
  });

  it('works it out again on another day (dates can pass)', () => {
    const cache = createSummaryCache(defs);
    const deal = sampleDeal('d1', 'Full', fullAnswers());
    cache.get(deal, TODAY);
    cache.get(deal, '2026-12-01');
    expect(cache.computed).toBe(2);
  });

  it('forgets deleted deals', () => {
    const cache = createSummaryCache(defs);
    const a = sampleDeal('a', 'A', {});
    const b = sampleDeal('b', 'B', {});
    cache.get(a, TODAY);
    cache.get(b, TODAY);
    cache.keep(['a']);
    cache.get(a, TODAY);
    cache.get(b, TODAY);
    expect(cache.computed).toBe(3);
  });
});
