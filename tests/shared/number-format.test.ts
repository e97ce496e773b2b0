import { describe, expect, it } from 'vitest';
import { formatNumberWith } from '../../src/shared/number-format';

describe('formatNumberWith', () => {
  it('formats as a new Intl.NumberFormat with the same locale and options would', () => {
    for (const [locale, options, n] of [
      ['en', { maximumFractionDigits: 2, useGrouping: false }, 12000.456],
      ['en', { maximumFractionDigits: 0 }, 1234567.8],
      ['zh-CN', { maximumFractionDigits: 2 }, 14.5],
    ] as const)
      expect(formatNumberWith(locale, options, n)).toBe(new Intl.NumberFormat(locale, options).format(n));
  });

  it('keeps formatters with different options apart', () => {
    expect(formatNumberWith('en', { maximumFractionDigits: 0 }, 1234.5)).toBe('1,235');
    expect(formatNumberWith('en', { maximumFractionDigits: 2, useGrouping: false }, 1234.5)).toBe('1234.5');
    expect(formatNumberWith('en', { maximumFractionDigits: 0 }, 1234.5)).toBe('1,235');
  });
});
