import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/qualification.json';
import { qualificationDefinition } from '../../../src/tools/qualification/definition';
import { scoreQualification, type Reason } from '../../../src/tools/qualification/logic';
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

describe('the size verdict on money', () => {
  it('writes revenue and its line as RMB with the 万 figure beside in English, as 万元 in Chinese', () => {
    const definition = qualificationDefinition.parse(data);
    const result = scoreQualification({ revenue: 12000, 'gross-profit': 150 }, definition);
    const texts = (lang: 'zh' | 'en') => result.reasons.map((r) => reasonText(r, lang));
    expect(texts('en')).toContain(
      "Last year's revenue RMB 120 million (12000万): meets the RMB 20 million (2000万) line.",
    );
    expect(texts('en')).toContain(
      'Annual gross profit RMB 1.5 million (150万): below the RMB 3 million (300万) line. Nurture.',
    );
    expect(texts('zh').join(' ')).toContain('12000 万元');
    expect(texts('en').join(' ')).not.toMatch(/\d万(?!\))/);
  });
});
