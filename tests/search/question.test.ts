import { describe, expect, it } from 'vitest';
import { rankAnyTerm, shorterQuery } from '../../src/search/question';

describe('shorterQuery', () => {
  it('drops Chinese question words and keeps the subject, cut as Pagefind cuts a query', () => {
    expect(shorterQuery('如何拿到尾款')).toEqual({ terms: ['拿到', '尾款'], text: '拿到 尾款' });
    expect(shorterQuery('为什么客户不签合同？')?.terms).toEqual(['客户', '不', '签', '合同']);
    expect(shorterQuery('演示之前要准备哪些东西')?.terms).not.toContain('哪些');
    expect(shorterQuery('预算怎么确认吗')?.terms).toEqual(['预算', '确认']);
  });

  it('drops English question words, case and punctuation', () => {
    expect(shorterQuery('How do I get the final payment?')).toEqual({
      terms: ['final', 'payment'],
      text: 'final payment',
    });
    expect(shorterQuery("What's a compelling event")?.terms).toEqual(['compelling', 'event']);
    expect(shorterQuery('WHO signs the contract')?.terms).toEqual(['signs', 'contract']);
  });

  it('reads full-width letters and digits as their plain forms', () => {
    expect(shorterQuery('ＥＲＰ怎么选')?.terms).toEqual(['erp', '选']);
  });

  it('keeps a query with no question word as its words, to match any of them', () => {
    expect(shorterQuery('拿到尾款')?.terms).toEqual(['拿到', '尾款']);
    expect(shorterQuery('deal deal board')?.terms).toEqual(['deal', 'board']);
  });

  it('gives nothing when the query is one word or only question words', () => {
    expect(shorterQuery('尾款')).toBeNull();
    expect(shorterQuery('payment')).toBeNull();
    expect(shorterQuery('怎么办？')).toBeNull();
    expect(shorterQuery('how do I')).toBeNull();
    expect(shorterQuery('   ')).toBeNull();
  });
});

describe('rankAnyTerm', () => {
  const hit = (id: string, score: number) => ({ id, score });

  it('ranks pages by their summed scores over the terms, best first, each page once', () => {
    const ranked = rankAnyTerm([
      [hit('a', 2), hit('b', 1)],
      [hit('b', 1.5), hit('c', 3)],
    ]);
    expect(ranked.map((h) => h.id)).toEqual(['c', 'b', 'a']);
  });

  it('ranks a page with every term by its sum, not first by right', () => {
    const ranked = rankAnyTerm([[hit('a', 9), hit('b', 0.5)], [hit('b', 0.5)]]);
    expect(ranked.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('gives nothing when no term finds anything', () => {
    expect(rankAnyTerm([[], []])).toEqual([]);
  });
});
