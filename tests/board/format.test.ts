import { describe, expect, it } from 'vitest';
import {
  absoluteTime,
  copyNameFrom,
  exportFileName,
  fileNamePart,
  importCounts,
  localDate,
  relativeTime,
  sortDeals,
} from '../../src/board/format';
import { LIMITS, type Deal } from '../../src/deals/schema';
import { sampleDeal } from '../deals/sample';

const now = new Date('2026-11-27T12:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each<[number, string, string]>([
    [5, 'now', '现在'],
    [-20, 'now', '现在'],
    [90, '1 minute ago', '1分钟前'],
    [59 * 60, '59 minutes ago', '59分钟前'],
    [2 * 3600, '2 hours ago', '2小时前'],
    [24 * 3600, 'yesterday', '昨天'],
    [3 * 24 * 3600, '3 days ago', '3天前'],
    [14 * 24 * 3600, '2 weeks ago', '2周前'],
    [70 * 24 * 3600, '2 months ago', '2个月前'],
    [800 * 24 * 3600, '2 years ago', '2年前'],
  ])('%i seconds ago → "%s" / "%s"', (seconds, en, zh) => {
    expect(relativeTime(ago(seconds), now, 'en')).toBe(en);
    expect(relativeTime(ago(seconds), now, 'zh')).toBe(zh);
  });
});

describe('absoluteTime', () => {
  it('shows date and time in the page language', () => {
    const iso = '2026-11-27T06:05:00.000Z';
    expect(absoluteTime(iso, 'en', 'UTC')).toBe('Nov 27, 2026, 6:05 AM');
    expect(absoluteTime(iso, 'zh', 'Asia/Shanghai')).toBe('2026年11月27日 14:05');
  });
});

describe('file names', () => {
  it('uses the local date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(exportFileName(new Date(2026, 10, 27, 9))).toBe('sales-playbook-deals-2026-11-27.json');
  });

  it.each([
    ['ERP rollout', 'ERP-rollout'],
    ['华建建材 / ERP: 二期?', '华建建材-ERP-二期'],
    ['  ..hidden..  ', 'hidden'],
    ['a\\b*c"d<e>f|g\u0007h', 'a-b-c-d-e-f-g-h'],
    ['', 'deal'],
    ['///', 'deal'],
    ['x'.repeat(100), 'x'.repeat(60)],
  ])('fileNamePart(%j) → %j', (name, expected) => {
    expect(fileNamePart(name)).toBe(expected);
  });

  it('names a one-deal export after the deal', () => {
    expect(exportFileName(new Date(2026, 10, 27), '华建建材 ERP')).toBe(
      'sales-playbook-deal-华建建材-ERP-2026-11-27.json',
    );
  });
});

describe('sortDeals', () => {
  it('puts the most recently changed first, ties by name then id', () => {
    const d = (id: string, name: string, updatedAt: string): Deal => sampleDeal({ id, name, updatedAt });
    const sorted = sortDeals([
      d('a', 'Old', '2026-11-01T00:00:00.000Z'),
      d('c', 'Same', '2026-11-20T00:00:00.000Z'),
      d('b', 'Same', '2026-11-20T00:00:00.000Z'),
      d('d', 'New', '2026-11-25T00:00:00.000Z'),
      d('e', 'Alpha', '2026-11-20T00:00:00.000Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['d', 'e', 'b', 'c', 'a']);
  });
});

describe('copyNameFrom', () => {
  it('fills the template in each language', () => {
    expect(copyNameFrom('{name} (copy)', 'ERP')).toBe('ERP (copy)');
    expect(copyNameFrom('{name}（副本）', '华建')).toBe('华建（副本）');
  });

  it('shortens a long name so the copy stays within the name limit', () => {
    const copy = copyNameFrom('{name} (copy)', 'n'.repeat(LIMITS.name));
    expect(copy).toHaveLength(LIMITS.name);
    expect(copy.endsWith(' (copy)')).toBe(true);
  });
});

describe('importCounts', () => {
  it('counts added, replaced and kept deals', () => {
    const existing = { a: sampleDeal({ id: 'a' }), b: sampleDeal({ id: 'b' }) };
    const file = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(importCounts(existing, file, [{ id: 'a' }, { id: 'c' }, { id: 'd' }])).toEqual({
      added: 2,
      replaced: 1,
      kept: 1,
    });
    expect(importCounts(existing, file, [{ id: 'c' }])).toEqual({ added: 1, replaced: 0, kept: 3 });
  });
});
