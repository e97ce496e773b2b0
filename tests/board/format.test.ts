import { describe, expect, it } from 'vitest';
import { copyNameFrom, exportFileName, fileNamePart, importCounts } from '../../src/board/format';
import { localDate } from '../../src/shared/local-date';
import { LIMITS } from '../../src/deals/schema';
import { sampleDeal } from '../deals/sample';

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
