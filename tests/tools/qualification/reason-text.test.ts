import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../src/tools/qualification/logic';
import { reasonText } from '../../../src/tools/qualification/reason-text';

const reason = {
  id: 'revenue',
  effect: 'stop',
  anchor: 'size',
  text: {
    zh: '年销售额 {value} 万元，低于 {min} 万元（{kind}）',
    en: 'Revenue {value}万, under {min}万 ({kind})',
  },
  values: { value: 1500.5, min: 2000, kind: { zh: '商贸', en: 'trading' } },
} as unknown as Reason;

describe('reasonText', () => {
  it('prints numbers as the page writes amounts in 万 (no grouping) and words in the page language', () => {
    expect(reasonText(reason, 'zh')).toBe('年销售额 1500.5 万元，低于 2000 万元（商贸）');
    expect(reasonText(reason, 'en')).toBe('Revenue 1500.5万, under 2000万 (trading)');
  });
});
