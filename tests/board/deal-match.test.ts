import { describe, expect, it } from 'vitest';
import { findSameDeal, identicalIds, sameContent } from '../../src/board/deal-match';
import { fullAnswers, partialAnswers, sampleDeal } from './deals';

const deal = sampleDeal('a', 'ERP rollout', fullAnswers());

describe('sameContent', () => {
  it('ignores ids, times, revision and the order of keys', () => {
    const reordered = Object.fromEntries(Object.entries(fullAnswers()).reverse());
    const copy = { ...deal, id: 'b', createdAt: 'x', updatedAt: 'y', rev: 7, answers: reordered };
    expect(sameContent(deal, copy)).toBe(true);
  });

  it('sees any change of name, customer, notes or an answer', () => {
    expect(sameContent(deal, { ...deal, name: 'ERP rollout 2' })).toBe(false);
    expect(sameContent(deal, { ...deal, customer: '' })).toBe(false);
    expect(sameContent(deal, { ...deal, notes: 'Call Wang' })).toBe(false);
    expect(sameContent(deal, { ...deal, answers: partialAnswers() })).toBe(false);
  });
});

describe('findSameDeal and identicalIds', () => {
  it('finds a saved copy by content, and a file’s deals identical to ours by id and content', () => {
    const saved = { ...deal, id: 'saved', updatedAt: '2026-11-29T10:00:00.000Z' };
    const other = sampleDeal('other', 'MRP', partialAnswers());
    const here = { saved, other };
    expect(findSameDeal(here, { ...deal, id: 'incoming' })?.id).toBe('saved');
    expect(findSameDeal({ other }, deal)).toBeUndefined();
    expect(identicalIds(here, [saved, { ...other, notes: 'changed' }, sampleDeal('new', 'New', {})])).toEqual(
      ['saved'],
    );
  });
});
