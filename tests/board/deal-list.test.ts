import { describe, expect, it } from 'vitest';
import { findDeals, orderDeals, PAGE_SIZE, shownToInclude } from '../../src/board/deal-list';
import type { Deal } from '../../src/deals/schema';
import { sampleDeal } from './deals';

const deal = (id: string, name: string, customer: string, updatedAt: string): Deal => ({
  ...sampleDeal(id, name, {}),
  customer,
  updatedAt,
});

const deals = [
  deal('a', 'ERP rollout', 'Huajian Building Materials', '2026-11-01T08:00:00.000Z'),
  deal('b', '进销存二期', '深圳市华建建材贸易有限公司', '2026-11-03T08:00:00.000Z'),
  deal('c', 'deal 10', 'Jingchuang', '2026-11-02T08:00:00.000Z'),
  deal('d', 'Deal 9', 'Xinda', '2026-11-02T08:00:00.000Z'),
];

describe('findDeals', () => {
  it('finds by name or customer, ignoring case, width and extra spaces', () => {
    expect(findDeals(deals, 'erp').map((d) => d.id)).toEqual(['a']);
    expect(findDeals(deals, 'ＨＵＡＪＩＡＮ').map((d) => d.id)).toEqual(['a']);
    expect(findDeals(deals, '华建').map((d) => d.id)).toEqual(['b']);
    expect(findDeals(deals, '  deal   xinda ').map((d) => d.id)).toEqual(['d']);
  });

  it('gives every deal for an empty query and none for a query nothing holds', () => {
    expect(findDeals(deals, '  ')).toHaveLength(4);
    expect(findDeals(deals, 'kingdee')).toEqual([]);
  });
});

describe('orderDeals', () => {
  it('puts the most recently changed first', () => {
    expect(orderDeals(deals, 'updated', 'en').map((d) => d.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('orders by name with numbers in number order', () => {
    expect(orderDeals(deals, 'name', 'en').map((d) => d.name)).toEqual([
      'Deal 9',
      'deal 10',
      'ERP rollout',
      '进销存二期',
    ]);
  });
});

describe('shownToInclude', () => {
  it('keeps the count when the deal is shown, else shows whole pages up to it', () => {
    expect(shownToInclude(3, PAGE_SIZE)).toBe(PAGE_SIZE);
    expect(shownToInclude(PAGE_SIZE, PAGE_SIZE)).toBe(2 * PAGE_SIZE);
    expect(shownToInclude(3 * PAGE_SIZE + 4, PAGE_SIZE)).toBe(4 * PAGE_SIZE);
  });
});
