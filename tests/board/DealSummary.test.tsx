// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DealSummary } from '../../src/board/DealSummary';
import { dealProgress, stageOf } from '../../src/board/progress';
import { summarizeDeal } from '../../src/board/summary';
import { openItems } from '../../src/board/summary-next';
import type { ToolAnswers } from '../../src/deals/schema';
import type { Lang } from '../../src/i18n/lang';
import { closeReadiness } from '../../src/tools/close/logic';
import { questionCounts } from '../../src/tools/validation/logic';
import { conflictAnswers, fullAnswers, partialAnswers, sampleDeal } from './deals';
import { boardProps, definitions } from './props';

const TODAY = '2026-11-30';
afterEach(cleanup);

function renderSummary(lang: Lang, answers: ToolAnswers) {
  const props = boardProps(lang);
  const deal = sampleDeal('d1', 'Huajian ERP', answers);
  render(
    <DealSummary
      lang={lang}
      t={props.text}
      deal={deal}
      summary={summarizeDeal(deal, definitions, TODAY)}
      definitions={definitions}
      labels={props.labels}
      stages={props.stages}
      now={new Date('2026-11-30T10:00:00Z')}
      onPrint={() => undefined}
      onClose={() => undefined}
    />,
  );
  const root = document.getElementById('deal-summary')!;
  const stage = (n: number) => root.querySelector<HTMLElement>(`[data-stage="${n}"]`)!;
  const next = [...root.querySelectorAll('.pb-summary-next > li')].map((li) => li.textContent);
  return { root, stage, next };
}

describe('DealSummary', () => {
  it('covers all seven stages, each with its state', () => {
    const { root } = renderSummary('en', partialAnswers());
    const states = [...root.querySelectorAll('.pb-summary-stage')].map((s) => s.getAttribute('data-state'));
    expect(states).toEqual([...Array<string>(6).fill('in-progress'), 'not-started']);
  });

  it('issue 15 (zh): the validation tool’s own counts, every answer given, and stage 1 as the next step', () => {
    const { stage, next, root } = renderSummary('zh', partialAnswers());
    const counts = questionCounts(partialAnswers().validation ?? {}, definitions.validation.questions);
    expect(counts).toMatchObject({ confirmed: 1, assumed: 0, unmarked: 1, unanswered: 11 });
    expect(stage(3).textContent).toContain('已确认 1 · 假设 0 · 未标明 1 · 未回答 11（共 13 题）');
    expect(stage(3).querySelectorAll('li')).toHaveLength(2);
    expect(within(root).getByText('还没有完成任何阶段')).toBeTruthy();
    expect(next[0]).toBe('完成第 1 阶段：目标客户挖掘');
    expect(next.join(' ')).not.toContain('第 7 阶段');
    // The first gaps of the scorecard, then how many more.
    expect(next.slice(1, 3)).toEqual(['补上：上一年度销售额', '补上：年毛利']);
    expect(next.at(-1)).toMatch(/^……还有 \d+ 项$/);
    expect(next).toHaveLength(1 + 6 + 1);
  });

  it('a full deal (en): demo date and outcome, the two sums, competitors, close date, payment, implementation', () => {
    const { stage, next } = renderSummary('en', fullAnswers());
    expect(stage(4).textContent).toContain('Demo date: 2026-10-20');
    expect(stage(4).textContent).toContain('Demo outcome: Successful');
    expect(stage(4).textContent).toContain('8.5');
    expect(stage(4).textContent).toContain('Total about RMB 205,000 (20.5万) a year');
    expect(stage(4).textContent).toContain('Wang (General manager, deputy GM, Decision-maker)');
    expect(stage(5).textContent).toContain('Competitors still in the running: none');
    expect(stage(5).textContent).toContain('Expected closing date: 2026-11-15');
    expect(stage(5).textContent).toContain(
      'Payment terms: 50% on signing, 40% on go-live, 10% on acceptance',
    );
    expect(stage(6).textContent).toContain('6 of 6 conditions met — Ready to close');
    expect(stage(7).textContent).toContain('4 of 4 steps done');
    expect(stage(7).textContent).toContain('Final payment collected, contract closed out (2026-11-25)');
    expect(next).toEqual(['All seven stages are done.']);
  });

  it('six of six with a conflict: not ready, and the next step names the conflict in the close tool’s words', () => {
    const { stage, next } = renderSummary('en', conflictAnswers());
    expect(stage(6).textContent).toContain('6 of 6 conditions met — Not ready to close');
    expect(stage(6).textContent).toContain('1 conflict(s) with earlier answers');
    // Stage 3 is open too (no decision-maker named): the work goes on there first.
    expect(next[0]).toBe('Finish stage 3: Confirm the opportunity');
    expect(next).toContain('Fill in: Decision-maker');
  });

  it('a hard stop: stop working the deal', () => {
    const { next } = renderSummary('en', {
      qualification: { 'business-type': 'manufacture', traits: ['apparel'] },
    });
    expect(next).toEqual(['Stop working this deal: a hard stop or the conditional exclusion applies.']);
  });
});

describe('openItems', () => {
  const labels = boardProps('en').labels;
  const t = boardProps('en').text;
  const items = (answers: ToolAnswers, tool: Parameters<typeof stageOf>[1]) => {
    const stage = stageOf(dealProgress(answers, definitions, TODAY), tool)!;
    return openItems(stage, answers, t, labels, 'en');
  };

  it('is empty for a stage that is done', () => {
    for (const tool of ['qualification', 'events', 'validation', 'demo', 'negotiation', 'close'] as const)
      expect(items(fullAnswers(), tool)).toEqual([]);
  });

  it('stage 2: an event without evidence, and only our own event', () => {
    expect(items(partialAnswers(), 'events')).toEqual([expect.stringMatching(/^Add evidence for “/)]);
    const ours = { events: { 'event-8': { picked: true, evidence: 'Price rises in January' } } };
    expect(items(ours, 'events')).toEqual([labels.eventsText.onlyOurs]);
  });

  it('stage 3: unanswered questions to fill in, unmarked ones to confirm, required fields', () => {
    const open = items(partialAnswers(), 'validation');
    const [q1, q2, q3] = labels.questions;
    expect(open).not.toContain(`Fill in: ${q1!.label}`);
    expect(open).toContain(`Confirm: ${q2!.label}`);
    expect(open).toContain(`Fill in: ${q3!.label}`);
    expect(open).toContain('Fill in: Decision-maker');
  });

  it('stage 6: the conditions not met and each conflict, as the close tool counts them', () => {
    const answers = partialAnswers();
    const own = closeReadiness(answers, definitions.close);
    const open = items(answers, 'close');
    expect(open).toHaveLength(own.missing.length + own.conflicts.length);
    expect(open[0]).toBe(`Secure the purchase condition: ${labels.conditions[0]!.label}`);
  });

  it('stage 5 and 7: the steps not done, and the tools’ warnings', () => {
    const full = fullAnswers();
    const signedWithCompetitor = { ...full, negotiation: { ...full.negotiation, competitors: ['Kingdee'] } };
    expect(items(signedWithCompetitor, 'negotiation')).toEqual([
      expect.stringContaining('competitors are still listed: Kingdee'),
    ]);
    const undated = {
      ...full,
      implementation: { ...full.implementation, 'step-2': { done: true, date: '' } },
    };
    expect(items(undated, 'implementation')).toEqual([labels.implementation.undated]);
    expect(
      items({ implementation: { 'step-1': { done: true, date: '2026-11-02' } } }, 'implementation'),
    ).toEqual([
      'Do: Business running in the system',
      'Do: Run as a project (project-type customers)',
      'Do: Final payment collected, contract closed out',
    ]);
  });
});

describe('DealSummary: an implementation step marked not applicable', () => {
  // A small customer skips step 3 (run as a project); the other steps are done with dates.
  const smallCustomer = (step3: Record<string, boolean>): ToolAnswers => ({
    implementation: {
      'step-1': { done: true, date: '2026-11-20' },
      'step-2': { done: true, date: '2026-11-25' },
      'step-3': step3,
      'step-4': { done: true, date: '2026-11-28' },
    },
  });

  it('counts it as settled and names it (en)', () => {
    const { stage } = renderSummary('en', smallCustomer({ notApplicable: true }));
    expect(stage(7).getAttribute('data-state')).toBe('done');
    expect(stage(7).textContent).toContain('(not applicable: Run as a project (project-type customers))');
  });

  it('does the same in Chinese', () => {
    const { stage } = renderSummary('zh', smallCustomer({ notApplicable: true }));
    expect(stage(7).getAttribute('data-state')).toBe('done');
    expect(stage(7).textContent).toContain('（不适用：按项目运作（项目型客户））');
  });

  it('leaves the stage open while the step is neither done nor marked not applicable', () => {
    const answers = smallCustomer({});
    const { stage } = renderSummary('en', answers);
    expect(stage(7).getAttribute('data-state')).toBe('in-progress');
    const implementation = stageOf(dealProgress(answers, definitions, TODAY), 'implementation')!;
    const open = openItems(implementation, answers, boardProps('en').text, boardProps('en').labels, 'en');
    expect(open.some((line) => line.includes('Run as a project'))).toBe(true);
  });
});
