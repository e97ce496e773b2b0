import { describe, expect, it } from 'vitest';
import {
  amountInEnglish,
  amountText,
  amountValue,
  figureText,
  yuanOf,
  yuanText,
} from '../../src/shared/money';

describe('amounts in 万元 as generated text writes them', () => {
  it('writes RMB millions with the 万 figure beside from RMB 1 million up', () => {
    expect(amountInEnglish(12000)).toBe('RMB 120 million (12000万)');
    expect(amountInEnglish(2000)).toBe('RMB 20 million (2000万)');
    expect(amountInEnglish(350)).toBe('RMB 3.5 million (350万)');
    expect(amountInEnglish(100)).toBe('RMB 1 million (100万)');
    expect(amountInEnglish(1234.5678)).toBe('RMB 12.35 million (1234.57万)');
  });

  it('writes whole yuan below RMB 1 million', () => {
    expect(amountInEnglish(14.4)).toBe('RMB 144,000 (14.4万)');
    expect(amountInEnglish(99.99)).toBe('RMB 999,900 (99.99万)');
    expect(amountInEnglish(0.5)).toBe('RMB 5,000 (0.5万)');
    expect(amountInEnglish(0)).toBe('RMB 0');
  });

  it('gives Chinese templates the bare figure, which they follow with 万元', () => {
    expect(amountText(12000, 'zh')).toBe('12000');
    expect(amountText(14.399999999, 'zh')).toBe('14.4');
    expect(amountText(12000, 'en')).toBe('RMB 120 million (12000万)');
    expect(amountValue(300)).toEqual({ zh: '300', en: 'RMB 3 million (300万)' });
  });

  it('writes a count or a 万 figure without grouping and at most two decimals, in every tool', () => {
    expect(figureText(2000)).toBe('2000');
    expect(figureText(12000)).toBe('12000');
    expect(figureText(8.97)).toBe('8.97');
    expect(figureText(1 / 3)).toBe('0.33');
    expect(amountText(1 / 3, 'zh')).toBe('0.33');
    expect(amountText(14.5, 'en')).toBe('RMB 145,000 (14.5万)');
  });

  it('converts 万元 to whole yuan, grouped for reading', () => {
    expect(yuanOf(9)).toBe(90_000);
    expect(yuanOf(15)).toBe(150_000);
    expect(yuanOf(8.97)).toBe(89_700);
    expect(yuanText(15)).toBe('150,000');
    expect(yuanText(14.5)).toBe('145,000');
    expect(yuanText(8.97)).toBe('89,700');
  });
});
