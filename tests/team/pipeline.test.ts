import { describe, expect, it } from 'vitest';
import casesData from '../../content/case-studies/cases.json';
import { caseStudiesDefinition, resolveCaseStudy } from '../../src/board/case-studies';
import { caseStudyDeal } from '../../src/board/case-study-deal';
import { DATED_FIELDS } from '../../src/calendar/fields';
import type { Deal } from '../../src/deals/schema';
import { summarizeDeal } from '../../src/board/summary';
import { caseSignatures } from '../../src/team/case-signatures';
import { classReview, decisionOf, decisionText, type ReviewItem } from '../../src/team/class-review';
import { addDays, pipeline } from '../../src/team/pipeline';
import { definitions, PURSUE } from '../board/props';
import { fullAnswers } from '../board/deals';
import { sampleDeal } from '../deals/sample';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const holds = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`condition-${i + 1}`, { holds: true, evidence: 'Signed minutes' }]),
  );

function deals(): Deal[] {
  return [
    sampleDeal({ id: 'd1', name: 'Nothing yet', answers: {}, updatedAt: '2026-11-29T00:00:00.000Z' }),
    sampleDeal({
      id: 'd2',
      name: 'Qualified',
      answers: { qualification: PURSUE },
      updatedAt: '2026-11-16T09:00:00.000Z', // exactly 14 days: stale
    }),
    sampleDeal({
      id: 'd3',
      name: 'Closing',
      answers: {
        qualification: PURSUE,
        negotiation: { 'close-date': '2026-12-30' }, // the 30th day ahead: counted
        close: holds(4),
      },
      updatedAt: '2026-11-28T00:00:00.000Z',
    }),
    sampleDeal({
      id: 'd4',
      name: 'Live',
      answers: {
        implementation: { 'step-1': { done: true, date: '2026-11-30' } },
        negotiation: { 'close-date': '2026-12-31' }, // the 31st day: not counted
        demo: { 'demo-date': '2026-11-29' }, // yesterday: not counted
      },
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
    // Every stage's gate met (its dates all in the past): the only deal through stage 7.
    sampleDeal({ id: 'd5', name: 'Done', answers: fullAnswers(), updatedAt: '2026-11-29T12:00:00.000Z' }),
  ];
}

describe('pipeline', () => {
  const p = pipeline(deals(), definitions, DATED_FIELDS, NOW);

  it('counts the deals that reached each stage (a funnel)', () => {
    // A stage is reached when its gate and every earlier stage's gate are met (the board's rule):
    // d2 and d3 pass stage 1 only; d4 has answers in later stages but no stage 1, so it reaches none.
    expect(p.funnel.map((bar) => bar.deals.length)).toEqual([3, 1, 1, 1, 1, 1, 1]);
    expect(p.funnel[6]!.deals.map((d) => d.id)).toEqual(['d5']);
  });

  it('counts verdicts and close readiness with the board’s own summary', () => {
    const expected = (verdict: string) =>
      deals().filter((d) => summarizeDeal(d, definitions).verdict === verdict).length;
    expect(p.verdicts.map((bar) => [bar.key, bar.deals.length])).toEqual(
      ['pursue', 'nurture', 'do-not-pursue', 'incomplete'].map((v) => [v, expected(v)]),
    );
    expect(p.verdicts[0]!.deals.map((d) => d.id)).toEqual(['d2', 'd3', 'd5']);
    expect(p.readiness).toHaveLength(7);
    expect(p.readiness.map((bar) => bar.deals.length)).toEqual([3, 0, 0, 0, 1, 0, 1]);
  });

  it('lists the dates from today to 30 days ahead and the deals unchanged for 14 days', () => {
    expect(p.upcoming.map((item) => [item.deal.id, item.field.item, item.date])).toEqual([
      ['d4', 'step-1', '2026-11-30'],
      ['d3', 'close-date', '2026-12-30'],
    ]);
    expect(p.stale.map((d) => d.id)).toEqual(['d4', 'd2']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('upcoming dates', () => {
  it('lists deals of the same day in the order people count (deal 4 before deal 12)', () => {
    const dated = (id: string, name: string) =>
      sampleDeal({ id, name, answers: { negotiation: { 'close-date': '2026-12-05' } } });
    const p = pipeline([dated('a12', 'Deal 12'), dated('a4', 'Deal 4')], definitions, DATED_FIELDS, NOW);
    expect(p.upcoming.map((item) => item.deal.name)).toEqual(['Deal 4', 'Deal 12']);
  });
});

describe('class review', () => {
  const cases = caseStudiesDefinition.parse(casesData).cases;
  const entry = cases.find((c) => c.id === 'building-materials-distributor')!;
  const study = resolveCaseStudy(entry, 'en');
  const t = { yes: 'yes', no: 'no', none: '—', separator: ', ' };
  const items: ReviewItem[] = [
    {
      tool: 'qualification',
      id: 'ownership',
      label: 'Ownership',
      href: '/en/process/prospecting/#qualification--ownership',
    },
    {
      tool: 'close',
      id: 'condition-1',
      label: 'Condition 1',
      href: '/en/process/close-readiness/#close--condition-1',
    },
  ];

  function participant(name: string, change?: (deal: Deal) => void): Deal {
    const deal = { ...caseStudyDeal(study, NOW), name };
    change?.(deal);
    return deal;
  }

  it('groups the participants’ answers against the reference and names who differs', () => {
    const loaded = [
      participant('Ann'),
      participant('Bo', (d) => {
        d.answers.qualification!['ownership'] = 'state-owned';
      }),
      participant('Cai', (d) => {
        d.answers.close!['condition-1'] = { holds: true, evidence: 'other words' };
      }),
      participant('Dee', (d) => {
        // Same decision, other notes: not a disagreement.
        d.answers.close!['condition-3'] = { holds: true, evidence: 'my own note' };
      }),
      sampleDeal({ id: 'own1', name: 'Not a participant' }),
    ];
    const review = classReview(study, loaded, items, t, caseSignatures(cases));
    expect(review.participants.map((d) => d.name)).toEqual(['Ann', 'Bo', 'Cai', 'Dee']);
    const ownership = review.items.find((i) => i.item.id === 'ownership')!;
    expect(ownership.reference).toBe('private-chairman-gm');
    expect(ownership.groups.map((g) => [g.text, g.matches, g.participants.length])).toEqual([
      ['private-chairman-gm', true, 3],
      ['state-owned', false, 1],
    ]);
    expect(ownership.differ.map((d) => d.name)).toEqual(['Bo']);
    const condition1 = review.items.find((i) => i.item.id === 'condition-1')!;
    // An unticked condition without evidence records nothing, as on the board.
    expect(condition1.reference).toBe('—');
    expect(condition1.differ.map((d) => d.name)).toEqual(['Cai']);
    const condition3 = review.items.find((i) => i.item.id === 'condition-3')!;
    expect(condition3.differ).toEqual([]);
    expect(condition3.item.href).toBe('/en/process/close-readiness/#tool');
  });

  it('compares what was decided, not the notes', () => {
    expect(decisionOf({ picked: true, evidence: 'x', date: '' })).toEqual({ picked: true });
    expect(decisionOf({ answer: 'Budget 18', status: 'assumed', source: 'Zhang' })).toEqual({
      status: 'assumed',
    });
    expect(decisionOf([' jxc', 'finance', ''])).toEqual(['finance', 'jxc']);
    expect(decisionOf({ picked: false, evidence: '' })).toBeNull();
  });

  it('says a decision in the page’s words: a tick or a status by its value alone', () => {
    const zh = { yes: '是', no: '否', none: '（没有回答）', separator: '、' };
    const labels = new Map([
      ['assumed', '假设'],
      ['finance', '财务软件'],
      ['jxc', '进销存'],
    ]);
    expect(decisionText(decisionOf({ picked: true, evidence: '扩张' }), zh)).toBe('是');
    expect(decisionText(decisionOf({ answer: '预算 18 万', status: 'assumed' }), zh, labels)).toBe('假设');
    expect(decisionText(decisionOf(['jxc', 'finance']), zh, labels)).toBe('财务软件、进销存');
    expect(decisionText(decisionOf({ done: true, status: 'assumed' }), zh, labels)).toBe(
      'done: 是; status: 假设',
    );
    expect(decisionText(decisionOf(undefined), zh)).toBe('（没有回答）');
  });
});
