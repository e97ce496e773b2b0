import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import boardData from '../../content/board.json';
import exportsData from '../../content/exports.json';
import stagesData from '../../content/stages.json';
import { VERDICT_KEY } from '../../src/board/format';
import { summarizeDeal } from '../../src/board/summary';
import { BOM, buildCsv, type SheetText } from '../../src/spreadsheet/csv';
import { definitions, PURSUE } from '../board/props';
import { datedDeal } from '../calendar/dated-deal';
import { sampleDeal } from '../deals/sample';

const text = (lang: 'zh' | 'en'): SheetText => ({
  columns: Object.fromEntries(
    Object.entries(exportsData.columns).map(([key, value]) => [key, value[lang]]),
  ) as SheetText['columns'],
  verdicts: Object.fromEntries(
    Object.entries(VERDICT_KEY).map(([verdict, key]) => [verdict, boardData.text[key][lang]]),
  ) as SheetText['verdicts'],
  stages: stagesData.stages.map((stage) => stage[lang].title),
});

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('spreadsheet (CSV)', () => {
  it('holds one row per deal with the board’s figures', async () => {
    const first = datedDeal({ answers: { ...datedDeal().answers, qualification: PURSUE } });
    const second = sampleDeal({ id: 'second0001', name: '锦绣服饰 ERP', customer: '锦绣服饰', answers: {} });
    const rows = parse(await buildCsv([first, second], definitions, text('zh')));
    expect(rows[0]).toEqual([
      '交易',
      '客户',
      '已到阶段',
      '阶段名称',
      '资格结论',
      '已选强迫事件',
      '成立的购买条件',
      '预计成交日期',
      '最后修改',
    ]);
    expect(rows).toHaveLength(3);
    const summary = summarizeDeal(first, definitions);
    expect(rows[1]!.slice(0, 8)).toEqual([
      'Xinda 进销存',
      first.customer,
      String(summary.stageReached),
      stagesData.stages[summary.stageReached - 1]!.zh.title,
      boardData.text[VERDICT_KEY[summary.verdict]].zh,
      String(summary.eventCount),
      String(summary.closeMet),
      '2027-01-15',
    ]);
    expect(summary.eventCount).toBe(2);
    expect(rows[1]![8]).toMatch(/^2026-11-2\d \d\d:\d\d$/);
    expect(rows[2]!.slice(0, 8)).toEqual(['锦绣服饰 ERP', '锦绣服饰', '0', '', '信息不全', '0', '0', '']);
  });

  it.each(['=1+1', '+1', '-1+2', '@SUM(A1)'])('opens a deal named %s as text', async (name) => {
    const rows = parse(await buildCsv([sampleDeal({ name, customer: name })], definitions, text('en')));
    expect(rows[1]![0]).toBe(`'${name}`);
    expect(rows[1]![1]).toBe(`'${name}`);
  });

  it('keeps quotes, commas and line breaks in a cell', async () => {
    const name = 'A, "B"\nC';
    const rows = parse(await buildCsv([sampleDeal({ name })], definitions, text('en')));
    expect(rows[1]![0]).toBe(name);
  });
});
