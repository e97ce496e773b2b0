// Sample deals for the progress and summary tests, unit and browser alike: a
// deal that meets every stage's gate, the half-done deal of issue 15 (answers in
// stages 1–6, no gate met), and one that ticks all six purchase conditions while
// an earlier answer disagrees. Built from the tools' data, so they follow it.
import demoData from '../../content/tools/demo.json' with { type: 'json' };
import implementationData from '../../content/tools/implementation.json' with { type: 'json' };
import negotiationData from '../../content/tools/negotiation.json' with { type: 'json' };
import validationData from '../../content/tools/validation.json' with { type: 'json' };
import closeData from '../../content/tools/close.json' with { type: 'json' };
import type { Deal, ToolAnswers } from '../../src/deals/schema';

/** Qualification answers with a "pursue" verdict: a distributor above every line, with a plan. */
export const QUALIFIED = {
  headcount: 80,
  revenue: 5000,
  'gross-profit': 800,
  ownership: 'private-chairman-gm',
  'business-type': 'distribution',
  traits: ['frequent-transactions'],
  software: ['finance'],
  branches: 'yes',
  'purchase-plan': 'yes',
};

const event = (evidence: string) => ({ picked: true, evidence, owner: '', date: '', talkingPoint: '' });
const confirmed = (answer: string) => ({ answer, status: 'confirmed', source: 'GM Wang' });
const held = (evidence: string) => ({ holds: true, evidence });
const done = { done: true, note: '' };

/** Every stage's gate met. */
export function fullAnswers(): ToolAnswers {
  return {
    qualification: { ...QUALIFIED },
    events: { 'event-1': event('Orders doubled since March; stock counts are off by 8%') },
    validation: {
      ...Object.fromEntries(validationData.questions.map((q) => [q.id, confirmed(`Answer to ${q.id}`)])),
      'people-contact': 'Li, purchasing',
      'people-participants': 'Li, Zhao, Qian',
      'people-decision-maker': 'Wang, general manager',
      'people-champion': 'Zhao, finance',
      'budget-amount': 30,
      'budget-flexibility': 'Can stretch by 10%',
      'budget-method': '4% of last year’s profit',
      'our-price': 28,
    },
    demo: {
      ...Object.fromEntries(demoData.groups.flatMap((g) => g.items.map((i) => [i.id, done]))),
      'attendee-a1b2c3d4': {
        name: 'Wang',
        role: 'general-manager',
        cares: 'Cash flow',
        decisionMaker: true,
        order: 1,
      },
      'value-savings': 12,
      'value-earnings': 8.5,
      'demo-outcome': 'successful',
      'demo-date': '2026-10-20',
    },
    negotiation: {
      ...Object.fromEntries(negotiationData.steps.map((s) => [s.id, done])),
      competitors: [],
      'close-date': '2026-11-15',
      'payment-method': 'Bank transfer',
      'payment-terms': '50% on signing, 40% on go-live, 10% on acceptance',
      'trial-agreement': { signed: true, date: '2026-11-10', note: '' },
    },
    close: Object.fromEntries(closeData.items.map((c) => [c.id, held(`Evidence for ${c.id}`)])),
    implementation: Object.fromEntries(
      implementationData.items.map((s) => [s.id, { done: true, date: '2026-11-25' }]),
    ),
  };
}

/**
 * Issue 15's half-done deal: answers in stages 1–6 and no gate met. Stage 1 has
 * one size figure, stage 2 an event without evidence, stage 3 one confirmed and
 * one unmarked answer, stage 4 two checks, stage 5 two steps, stage 6 two
 * conditions of six.
 */
export function partialAnswers(): ToolAnswers {
  return {
    qualification: { headcount: 80 },
    events: { 'event-2': { picked: true, evidence: '', owner: '', date: '', talkingPoint: '' } },
    validation: {
      'question-1': confirmed('Finance and stock'),
      'question-2': { answer: 'Stock counts are wrong', status: '', source: '' },
    },
    demo: { [demoData.groups[0]!.items[0]!.id]: done, [demoData.groups[0]!.items[1]!.id]: done },
    negotiation: { 'step-1': done, 'step-2': done, competitors: ['Kingdee'] },
    close: { 'condition-3': held('Minutes of 12 Nov'), 'condition-6': held('Plan sent 14 Nov') },
  };
}

/** All six purchase conditions ticked with evidence, but stage 3 names no decision-maker. */
export function conflictAnswers(): ToolAnswers {
  const answers = fullAnswers();
  const { 'people-decision-maker': _named, ...validation } = answers.validation ?? {};
  return { ...answers, validation };
}

export function sampleDeal(id: string, name: string, answers: ToolAnswers): Deal {
  return {
    id,
    name,
    customer: 'Shenzhen Huajian Building Materials',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-28T09:30:00.000Z',
    answers,
    notes: '',
    rev: 0,
  };
}
