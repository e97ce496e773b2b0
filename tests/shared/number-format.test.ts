import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/shared/number-format';

const intl = (locale: string, n: number, digits: number, grouping: boolean) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: grouping }).format(n);

/** Numbers the tools meet, and the ones rounding gets wrong: halves in the last place, carries, tiny and huge. */
const EDGES = [
  0,
  -0,
  1,
  0.5,
  1.005,
  1.015,
  2.675,
  0.125,
  0.995,
  9.995,
  99.995,
  999.995,
  14.4,
  14.399999999,
  1234.5678,
  12000.456,
  1234567.8,
  999999.5,
  0.000001,
  0.0000001,
  1e20,
  1e21,
  123456789012345680000,
  -1.005,
  -0.001,
  -1234.5,
  150000,
  8.97,
  Number.MAX_SAFE_INTEGER,
  Number.NaN,
  Infinity,
  -Infinity,
];

describe('formatDecimal', () => {
  it('writes what Intl.NumberFormat writes in English and in Chinese, on the numbers that matter', () => {
    for (const n of EDGES)
      for (const digits of [0, 2])
        for (const grouping of [true, false])
          for (const locale of ['en', 'zh-CN'])
            expect(formatDecimal(n, digits, grouping), `${n} ${digits} ${grouping} ${locale}`).toBe(
              intl(locale, n, digits, grouping),
            );
  });

  it('writes what Intl.NumberFormat writes on any number, rounding half away from zero', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      // Amounts typed with a few decimals, where a last 5 decides the rounding.
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom(0, 1, 2, 3), fc.boolean(), (n, digits, grouping) => {
        expect(formatDecimal(n, digits, grouping)).toBe(intl('en', n, digits, grouping));
      }),
      { numRuns: 5000 },
    );
  });

  it('groups thousands unless told not to, and drops trailing zeros', () => {
    expect(formatDecimal(1234.5, 0)).toBe('1,235');
    expect(formatDecimal(1234.5, 2, false)).toBe('1234.5');
    expect(formatDecimal(2.5, 2)).toBe('2.5');
    expect(formatDecimal(9.999, 2)).toBe('10');
  });
});
