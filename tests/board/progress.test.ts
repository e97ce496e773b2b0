import { describe, expect, it } from 'vitest';
import { dealProgress, stageOf, stageProgress } from '../../src/board/progress';
import { stageReached, summarizeDeal } from '../../src/board/summary';
import { closeReadiness } from '../../src/tools/close/logic';
import { demoStatus } from '../../src/tools/demo/logic';
import { validationSummary } from '../../src/tools/validation/logic';
import type { ToolAnswers } from '../../src/deals/schema';
import { definitions } from './props';
import { conflictAnswers, fullAnswers, partialAnswers, QUALIFIED, sampleDeal } from './deals';

const TODAY = '2026-11-30';
const progress = (answers: ToolAnswers) => dealProgress(answers, definitions, TODAY);
const states = (answers: ToolAnswers) => progress(answers).stages.map((s) => s.state);

describe('dealProgress', () => {
  it('a deal with no answers: every stage not started, nothing reached, stage 1 next', () => {
    const result = progress({});
    expect(result.stages.map((s) => s.state)).toEqual(Array(7).fill('not-started'));
    expect(result.reached).toBe(0);
    expect(result.next?.stage).toBe(1);
  });

  it('a deal that meets every gate: all done, stage 7 reached, nothing next', () => {
    const result = progress(fullAnswers());
    expect(result.stages.map((s) => [s.state, s.met === s.total])).toEqual(Array(7).fill(['done', true]));
    expect(result.reached).toBe(7);
    expect(result.next).toBeNull();
  });

  it('issue 15: answers in stages 1–6 meet no gate, so no stage is reached and stage 1 is next', () => {
    const result = progress(partialAnswers());
    expect(result.stages.map((s) => s.state)).toEqual([
      'in-progress',
      'in-progress',
      'in-progress',
      'in-progress',
      'in-progress',
      'in-progress',
      'not-started',
    ]);
    expect(result.reached).toBe(0);
    expect(result.next?.stage).toBe(1);
    // Stage 3 says it cannot go to the demo, and 2 of 6 purchase conditions hold: so do the stages.
    expect(stageOf(result, 'validation')?.detail.ready).toBe(false);
    expect(stageOf(result, 'close')).toMatchObject({ met: 2, total: 6, state: 'in-progress' });
    const summary = summarizeDeal(sampleDeal('d1', 'Half done', partialAnswers()), definitions, TODAY);
    expect(summary).toMatchObject({ stageReached: 0, closeMet: 2, closeReady: false });
  });

  it('counts n of m as checks of each gate: never m of m while the gate is shut', () => {
    for (const stage of progress(partialAnswers()).stages) {
      if (stage.state === 'in-progress') expect(stage.met).toBeLessThan(stage.total);
    }
    const [qualification, events, validation, demo, negotiation] = progress(partialAnswers()).stages;
    // Stage 1: one question answered of those asked, and no "pursue" verdict yet.
    expect(qualification).toMatchObject({ met: 1 });
    // Stage 2: one of the customer's own events is picked, but it has no evidence yet.
    expect(events).toMatchObject({ met: 1, total: 2 });
    // Stage 3: 1 of 13 confirmed, no required field.
    expect(validation).toMatchObject({ met: 1, total: 13 + 8 });
    // Stage 4: 2 checks, no attendees, no sums, no outcome.
    const own = demoStatus(partialAnswers().demo ?? {}, definitions.demo);
    expect(demo).toMatchObject({ met: 2, total: own.total + 3 });
    expect(negotiation).toMatchObject({ met: 2, total: 11 });
  });

  it('the reached stage is the unbroken run of gates from stage 1', () => {
    const full = fullAnswers();
    expect(stageReached({ qualification: QUALIFIED }, definitions, TODAY)).toBe(1);
    expect(stageReached({ ...full, events: {} }, definitions, TODAY)).toBe(1);
    expect(
      stageReached({ ...full, demo: { ...full.demo, 'demo-outcome': 'mixed' } }, definitions, TODAY),
    ).toBe(3);
    // A later gate met does not count while an earlier one is shut.
    expect(stageReached({ ...full, qualification: { ...QUALIFIED, headcount: 5 } }, definitions, TODAY)).toBe(
      0,
    );
  });

  it('a ticked box and nothing else starts a stage without finishing it', () => {
    const [, events] = progress({
      events: { 'event-8': { picked: true, evidence: 'Price rises on 1 Jan' } },
    }).stages;
    // Only our own event: the customer's own is still missing.
    expect(events).toMatchObject({ state: 'in-progress', met: 1, total: 2 });
  });
});

describe('a conflict keeps a stage open', () => {
  it('issue 15: six of six conditions with no decision-maker named is not ready to close', () => {
    const answers = conflictAnswers();
    const own = closeReadiness(answers, definitions.close);
    expect(own).toMatchObject({ met: 6, total: 6, ready: false });
    expect(own.conflicts.map((c) => c.id)).toEqual(['no-decision-maker']);
    const close = stageOf(progress(answers), 'close');
    expect(close).toMatchObject({ state: 'in-progress', met: 6, total: 7 });
    const summary = summarizeDeal(sampleDeal('d2', 'Conflict', answers), definitions, TODAY);
    expect(summary).toMatchObject({ closeMet: 6, closeTotal: 6, closeConflicts: 1, closeReady: false });
  });

  it('a negotiation warning (competitors still listed after signing) keeps stage 5 open', () => {
    const full = fullAnswers();
    const answers = { ...full, negotiation: { ...full.negotiation, competitors: ['Kingdee'] } };
    expect(stageOf(progress(answers), 'negotiation')).toMatchObject({
      state: 'in-progress',
      met: 11,
      total: 12,
    });
  });

  it('an event whose date has passed keeps stage 2 open, by the rep’s own date', () => {
    const full = fullAnswers();
    const events = { 'event-1': { picked: true, evidence: 'Audit', date: '2026-11-01' } };
    expect(stageProgress(2, { ...full, events }, definitions, '2026-10-31').state).toBe('done');
    expect(stageProgress(2, { ...full, events }, definitions, TODAY).state).toBe('in-progress');
  });

  it('stage 3 is done exactly when the validation tool says "ready for the demo"', () => {
    const full = fullAnswers();
    const cases: ToolAnswers[] = [
      full,
      { ...full, validation: { ...full.validation, 'question-5': { answer: 'x', status: 'assumed' } } },
      { ...full, validation: { ...full.validation, 'our-price': 40 } },
      { ...full, validation: { ...full.validation, 'our-price': 40, 'persuasion-plan': 'ROI case' } },
    ];
    for (const answers of cases) {
      const ready = validationSummary(answers, definitions.validation).ready;
      expect(stageProgress(3, answers, definitions, TODAY).state).toBe(ready ? 'done' : 'in-progress');
    }
    expect(cases.map((a) => stageProgress(3, a, definitions, TODAY).state)).toEqual([
      'done',
      'in-progress',
      'in-progress',
      'done',
    ]);
  });

  it('stage 7 needs every step done with its date', () => {
    const full = fullAnswers();
    const undated = { ...full.implementation, 'step-4': { done: true, date: '' } };
    expect(states({ ...full, implementation: undated })[6]).toBe('in-progress');
    expect(states(full)[6]).toBe('done');
  });

  it('refuses a stage that does not exist', () => {
    expect(() => stageProgress(8, {}, definitions, TODAY)).toThrow(RangeError);
  });
});
