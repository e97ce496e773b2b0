import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/qualification.json';
import { amountText } from '../../../src/shared/money';
import { qualificationDefinition } from '../../../src/tools/qualification/definition';
import { sizeLines } from '../../../src/tools/qualification/size-lines';

const items = qualificationDefinition.parse(data).factors.flatMap((f) => f.items);

describe('sizeLines: a size threshold as the worksheet and the stated rules print it', () => {
  it('prints a count with its unit, in each language', () => {
    expect(sizeLines(items, 'zh').lineOf('headcount', 50)).toBe('≥ 50 人');
    expect(sizeLines(items, 'en').lineOf('headcount', 20)).toBe('≥ 20 people');
  });

  it('prints an amount in 万元 in Chinese and as money in English', () => {
    expect(sizeLines(items, 'zh').lineOf('revenue', 2000)).toBe('≥ 2000 万元');
    expect(sizeLines(items, 'en').lineOf('revenue', 2000)).toBe(`≥ ${amountText(2000, 'en')}`);
  });

  it('prints nothing for a missing minimum, and a question by its label (its id when unknown)', () => {
    const zh = sizeLines(items, 'zh');
    expect(zh.lineOf('headcount', undefined)).toBe('');
    expect(zh.labelOf('headcount')).toBe('人员规模');
    expect(sizeLines(items, 'en').labelOf('revenue')).toBe("Last year's revenue");
    expect(zh.labelOf('no-such-question')).toBe('no-such-question');
  });
});
