import { describe, expect, it } from 'vitest';
import stagesData from '../../content/stages.json';
import type { Answer, Deal, ToolAnswers } from '../../src/deals/schema';
import { stageReached, summarizeDeal } from '../../src/board/summary';
import { STAGE_TOOLS } from '../../src/board/stage-tools';
import { hasAnswer, toolHasAnswers } from '../../src/tools/shared/stage-state';
import { closeReadiness } from '../../src/tools/close/logic';
import { countPickedEvents, scoreQualification } from '../../src/tools/qualification/logic';
import { definitions, PURSUE } from '../board/props';

function deal(answers: ToolAnswers): Deal {
  return {
    id: 'd1',
    name: 'Deal',
    customer: 'Customer',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-21T09:30:00.000Z',
    answers,
    notes: '',
    rev: 0,
  };
}

const event = (picked: boolean, evidence = '') => ({
  picked,
  evidence,
  owner: '',
  date: '',
  talkingPoint: '',
});
const condition = (holds: boolean, evidence: string) => ({ holds, evidence });

describe('hasAnswer', () => {
  it.each<[string, Answer | undefined, boolean]>([
    ['missing', undefined, false],
    ['null', null, false],
    ['an unticked box', false, false],
    ['empty text', '', false],
    ['blank text', '  \n', false],
    ['an empty list', [], false],
    ['a list of blanks', ['', ' '], false],
    ['an empty record', {}, false],
    ['a record of unticked and blank fields', { done: false, date: '' }, false],
    ['text', 'Wang, CFO', true],
    ['zero (a number entered)', 0, true],
    ['a number', 80, true],
    ['a ticked box', true, true],
    ['a list with an entry', ['finance'], true],
    ['a record with a ticked field', { picked: true, evidence: '' }, true],
    ['a record with text only', { holds: false, evidence: 'Signed minutes' }, true],
  ])('%s → %s', (_name, value, expected) => {
    expect(hasAnswer(value)).toBe(expected);
  });
});

describe('stageReached', () => {
  it('has one tool per stage of content/stages.json, in order', () => {
    expect(STAGE_TOOLS).toEqual([
      'qualification',
      'events',
      'validation',
      'demo',
      'negotiation',
      'close',
      'implementation',
    ]);
    expect(STAGE_TOOLS).toHaveLength(stagesData.stages.length);
  });

  it.each<[string, ToolAnswers]>([
    ['no answers', {}],
    ['only empty answers', { qualification: { headcount: null }, events: { 'event-1': event(false) } }],
    ['a qualification answer', { qualification: { headcount: 80 } }],
    ['answers in the last stage only', { implementation: { 'step-1': { done: true, date: '2026-11-02' } } }],
  ])('answers alone reach no stage: %s → 0', (_name, answers) => {
    expect(stageReached(answers, definitions, '2026-11-30')).toBe(0);
  });

  it('a stage is reached when its gate is met: a "pursue" verdict reaches stage 1', () => {
    expect(stageReached({ qualification: PURSUE }, definitions, '2026-11-30')).toBe(1);
  });

  it('toolHasAnswers: a tool with no answers at all', () => {
    expect(toolHasAnswers(undefined)).toBe(false);
    expect(toolHasAnswers({})).toBe(false);
    expect(toolHasAnswers({ 'step-1': { done: true, date: '' } })).toBe(true);
  });
});

describe('summarizeDeal', () => {
  it('an empty deal: no stage, an incomplete verdict, nothing picked, 0 of 6 conditions', () => {
    expect(summarizeDeal(deal({}), definitions)).toMatchObject({
      stageReached: 0,
      verdict: 'incomplete',
      eventCount: 0,
      closeMet: 0,
      closeTotal: 6,
      closeConflicts: 0,
      closeReady: false,
      updatedAt: '2026-11-21T09:30:00.000Z',
    });
  });

  it.each<[string, Record<string, Answer>, string]>([
    ['above every line with a plan', { ...PURSUE }, 'pursue'],
    [
      'a hard stop: apparel manufacturer',
      { 'business-type': 'manufacture', traits: ['apparel'] },
      'do-not-pursue',
    ],
    ['below the headcount line', { ...PURSUE, headcount: 5 }, 'nurture'],
    ['only some factors answered', { headcount: 80 }, 'incomplete'],
  ])('verdict: %s → %s', (_name, qualification, verdict) => {
    expect(summarizeDeal(deal({ qualification }), definitions).verdict).toBe(verdict);
  });

  it('gives the scorecard’s own verdict, with the events picked in stage 2 as its context', () => {
    // No purchase plan: only a picked compelling event makes the timing right.
    const qualification = { ...PURSUE, 'purchase-plan': 'no' };
    const events = { 'event-1': event(true, 'Headcount doubled'), 'event-4': event(false) };
    const answers = { qualification, events };
    const own = scoreQualification(qualification, definitions.qualificationRules, {
      compellingEvents: countPickedEvents(events),
    });
    expect(own.verdict).toBe('pursue');
    expect(summarizeDeal(deal(answers), definitions).verdict).toBe(own.verdict);
    expect(summarizeDeal(deal({ qualification }), definitions).verdict).toBe('nurture');
  });

  it('counts the picked events the events tool knows', () => {
    const events = {
      'event-1': event(true, 'x'),
      'event-3': event(true),
      'event-5': event(false, 'considered'),
      'event-99': event(true),
    };
    expect(summarizeDeal(deal({ events }), definitions).eventCount).toBe(2);
  });

  it('counts close conditions as the close tool does: ticked with evidence', () => {
    const answers: ToolAnswers = {
      close: {
        'condition-1': condition(true, 'Signed minutes'),
        'condition-2': condition(true, 'Email of 3 Dec'),
        'condition-3': condition(true, ''),
        'condition-4': condition(false, 'Budget line'),
      },
    };
    const summary = summarizeDeal(deal(answers), definitions);
    expect(summary).toMatchObject({ closeMet: 2, closeTotal: 6, stageReached: 0 });
    const own = closeReadiness(answers, definitions.close);
    expect([summary.closeMet, summary.closeTotal]).toEqual([own.met, own.total]);
  });

  it('all six conditions held with evidence: 6 of 6, not ready while earlier answers disagree', () => {
    const close = Object.fromEntries(
      definitions.close.items.map((item) => [item.id, condition(true, 'evidence')]),
    );
    // Nothing recorded elsewhere: no successful demo, no close date, no decision-maker.
    expect(summarizeDeal(deal({ close }), definitions)).toMatchObject({
      closeMet: 6,
      closeTotal: 6,
      closeConflicts: 3,
      closeReady: false,
    });
  });
});
