/**
 * The source document was damaged by an automatic rewriter (see the corrections
 * key that came with it). None of its damaged forms may reach the site.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Damaged form → what it should read. */
const DAMAGED: Record<string, string> = {
  旳: '的',
  目旳: '目标',
  '2023万': '2000万',
  迅速简介: '快速介绍',
  经典客户: '典型客户',
  也许性: '可能性',
  劣优: '劣势',
  望展: '展望',
  改质: '改制',
  遗风差: '遗留作风差',
  拥有率: '占有率',
  对应配套: '相应配套',
  变化价格方略: '调整价格策略',
  实行九步: '实施九步',
  软件企业: '软件公司',
  销售协议: '销售合同',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function findDamaged(text: string): string[] {
  return Object.keys(DAMAGED).filter((form) => text.includes(form));
}

describe('findDamaged', () => {
  it('finds a damaged form and passes corrected text', () => {
    expect(findDamaged('目旳客户')).toEqual(['旳', '目旳']);
    expect(findDamaged('年销售额 2023万以上')).toEqual(['2023万']);
    expect(findDamaged('目标客户，年销售额 2000万以上，典型客户')).toEqual([]);
  });
});

describe.each(files('content'))('%s', (file) => {
  it('contains none of the source’s damaged wording', () => {
    const hits = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        findDamaged(line).map((form) => `line ${i + 1}: ${form} (should read ${DAMAGED[form]})`),
      );
    expect(hits).toEqual([]);
  });
});
