// A case study must agree with itself: the counts and figures in its summary
// match its stored answers, the budget sits under the budget question, and no
// dated event is described relative to today (the case is loaded on any day).
import { describe, expect, it } from 'vitest';
import casesData from '../../content/case-studies/cases.json';
import { caseStudiesDefinition, resolveCaseStudy } from '../../src/board/case-studies';
import { caseClashes, countsIn, readCount, type CaseView } from './case-facts';

const cases = caseStudiesDefinition.parse(casesData).cases;
const view = (entry: (typeof cases)[number], lang: 'zh' | 'en'): CaseView => resolveCaseStudy(entry, lang);

describe('case studies agree with themselves', () => {
  it.each(['zh', 'en'] as const)('no stored answer contradicts its summary or its dates (%s)', (lang) => {
    expect(cases.flatMap((entry) => caseClashes(view(entry, lang), lang))).toEqual([]);
  });

  it('reads counts written in digits, Chinese numerals and English words', () => {
    expect([readCount('3'), readCount('两'), readCount('十二'), readCount('Three')]).toEqual([3, 2, 12, 3]);
    expect(countsIn('有两个分公司，总部和 3 个分公司', 'zh', 'branches')).toEqual([2, 3]);
    expect(countsIn('two branches; three branches', 'en', 'branches')).toEqual([2, 3]);
  });

  const distributor = cases.find((entry) => entry.id === 'building-materials-distributor');
  if (!distributor) throw new Error('the distributor case is missing');

  it.each(['zh', 'en'] as const)('finds a planted clash in each kind of fact (%s)', (lang) => {
    const base = view(distributor, lang);
    const plant = (change: (study: CaseView) => void) => {
      const study = structuredClone(base);
      change(study);
      return caseClashes(study, lang);
    };
    const branches = plant((s) => {
      s.summary = lang === 'zh' ? '有两个分公司。' : 'It has two branches.';
    });
    expect(branches.join()).toMatch(/branches counted as/);
    const people = plant((s) => {
      s.summary = lang === 'zh' ? '60 人的建材分销批发企业' : 'A 60-person building-materials distributor';
    });
    expect(people.join()).toMatch(/60 people/);
    const events = plant((s) => {
      s.summary = lang === 'zh' ? '三个强迫事件。' : 'Three compelling events.';
    });
    expect(events.join()).toMatch(/3 compelling events/);
    const budgetPlace = plant((s) => {
      const v = s.answers['validation'] as Record<string, { answer: string }>;
      v['question-13'] = { answer: v['question-11']?.answer ?? '' };
    });
    expect(budgetPlace.join()).toMatch(/under question-13/);
    const dated = plant((s) => {
      const e = s.answers['events'] as Record<string, { evidence: string; date: string }>;
      const first = Object.values(e)[0];
      if (first) {
        first.evidence = lang === 'zh' ? '上个月一名主管离职。' : 'A supervisor left last month.';
        first.date = '2099-01-01';
      }
    });
    expect(dated.join()).toMatch(/relative to today/);
  });
});
