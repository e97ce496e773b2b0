import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/validation.json';
import { readAmount } from '../../../src/deals/answers';
import { validationDefinition } from '../../../src/tools/validation/definition';
import {
  checkBudget,
  checkPrice,
  grossProfit,
  itBudgetRange,
  questionCounts,
  questionState,
  readQuestion,
  validationSummary,
} from '../../../src/tools/validation/logic';

const definition = validationDefinition.parse(data);
const SHARE = { low: 3, high: 5 };
const questions = definition.questions;

describe('the validation data', () => {
  it('has the thirteen questions of the page, question-1 … question-13, each linked to its section', () => {
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: 13 }, (_, n) => `question-${n + 1}`));
    for (const q of questions) expect(q.anchor).toBe(q.id);
  });

  it('records the agreed people and budget fields', () => {
    expect(definition.fields.map((f) => f.id)).toEqual([
      'people-sponsor',
      'people-contact',
      'people-participants',
      'people-decision-maker',
      'people-champion',
      'people-supporters',
      'budget-amount',
      'budget-flexibility',
      'budget-method',
      'our-price',
      'persuasion-plan',
    ]);
    expect(definition.rules.itShare).toEqual(SHARE);
    expect(definition.rules.profit).toMatchObject({ tool: 'qualification', item: 'gross-profit' });
  });

  it('refuses data whose rules point at a missing field', () => {
    const broken = { ...data, rules: { ...data.rules, price: 'no-such-field' } };
    expect(validationDefinition.safeParse(broken).success).toBe(false);
  });
});

describe('readQuestion and questionState', () => {
  it.each([
    ['nothing saved', undefined, 'unanswered'],
    ['a status without an answer', { answer: ' ', status: 'confirmed' }, 'unanswered'],
    ['an answer marked confirmed', { answer: 'ERP for 3 warehouses', status: 'confirmed' }, 'confirmed'],
    ['an answer marked assumed', { answer: 'Probably CRM too', status: 'assumed' }, 'assumed'],
    ['an answer not marked', { answer: 'Probably CRM too', status: '' }, 'unmarked'],
    ['an unknown status', { answer: 'Yes', status: 'sure' }, 'unmarked'],
    ['something that is not a question', 'yes', 'unanswered'],
  ] as const)('%s → %s', (_, value, state) => {
    expect(questionState(readQuestion(value))).toBe(state);
  });

  it('keeps the source', () => {
    expect(readQuestion({ answer: 'a', status: 'assumed', source: 'Chen' }).source).toBe('Chen');
  });
});

describe('questionCounts', () => {
  it('counts confirmed, assumed, not marked and unanswered questions, listing the gaps in order', () => {
    const counts = questionCounts(
      {
        'question-1': { answer: 'Modules, 8 users', status: 'confirmed' },
        'question-2': { answer: 'Late deliveries', status: 'confirmed' },
        'question-5': { answer: 'Tiles', status: 'assumed' },
        'question-7': { answer: 'A brand', status: '' },
        'question-9': { answer: '', status: 'assumed' },
      },
      questions,
    );
    expect(counts).toEqual({
      confirmed: 2,
      assumed: 1,
      unmarked: 1,
      unanswered: 9,
      total: 13,
      unansweredIds: [3, 4, 6, 8, 9, 10, 11, 12, 13].map((n) => `question-${n}`),
      unmarkedIds: ['question-7'],
    });
  });

  it('treats a deal with no answers as thirteen gaps', () => {
    expect(questionCounts({}, questions)).toMatchObject({ confirmed: 0, unanswered: 13 });
  });
});

describe('amounts', () => {
  it('reads only finite, non-negative numbers as an amount', () => {
    expect(readAmount(480)).toBe(480);
    expect(readAmount(0)).toBe(0);
    expect(readAmount(-1)).toBeNull();
    expect(readAmount('480')).toBeNull();
    expect(readAmount(undefined)).toBeNull();
  });
});

describe('the 3–5% rule', () => {
  it('gives 3% and 5% of the profit entered, in 万元', () => {
    expect(itBudgetRange(300, SHARE)).toEqual({ low: 9, high: 15 });
    expect(itBudgetRange(480, SHARE)).toEqual({ low: 14.4, high: 24 });
    expect(itBudgetRange(null, SHARE)).toBeNull();
  });

  it.each([
    [8.99, 'below'],
    [9, 'within'],
    [12, 'within'],
    [15, 'within'],
    [15.01, 'above'],
  ] as const)('with a gross profit of 300万, a budget of %s万 is %s the range', (budget, position) => {
    expect(checkBudget(budget, 300, SHARE).position).toBe(position);
  });

  it('makes no comparison without a profit or without a budget', () => {
    expect(checkBudget(10, null, SHARE)).toEqual({ budget: 10, profit: null, range: null, position: null });
    expect(checkBudget(null, 480, SHARE)).toEqual({
      budget: null,
      profit: 480,
      range: { low: 14.4, high: 24 },
      position: null,
    });
  });

  it("reads the profit from the deal's qualification scorecard", () => {
    const source = definition.rules.profit;
    expect(grossProfit({ qualification: { 'gross-profit': 480 } }, source)).toBe(480);
    expect(grossProfit({ qualification: { 'gross-profit': '480' } }, source)).toBeNull();
    expect(grossProfit({ qualification: {} }, source)).toBeNull();
    expect(grossProfit({}, source)).toBeNull();
  });
});

describe('checkPrice', () => {
  it.each([
    ['budget below price, no plan', 8, 11, '', { gap: 3, planNeeded: true, planMissing: true }],
    ['budget below price, a blank plan', 8, 11, '   ', { gap: 3, planNeeded: true, planMissing: true }],
    [
      'budget below price, with a plan',
      8,
      11,
      'Phase one only',
      { gap: 3, planNeeded: true, planMissing: false },
    ],
    ['a gap with decimals', 8, 11.1, '', { gap: 3.1, planNeeded: true, planMissing: true }],
    ['budget equal to price', 11, 11, '', { gap: null, planNeeded: false, planMissing: false }],
    ['budget above price', 12, 11, '', { gap: null, planNeeded: false, planMissing: false }],
    ['no budget', null, 11, '', { gap: null, planNeeded: false, planMissing: false }],
    ['no price', 8, null, '', { gap: null, planNeeded: false, planMissing: false }],
  ] as const)('%s', (_, budget, price, plan, expected) => {
    expect(checkPrice(budget, price, plan)).toEqual({ budget, price, ...expected });
  });
});

describe('validationSummary', () => {
  const allConfirmed = Object.fromEntries(
    questions.map((q) => [q.id, { answer: 'Known', status: 'confirmed', source: 'Chen' }]),
  );
  const people = {
    'people-contact': 'Xiao Liu',
    'people-participants': 'Sales manager, chief accountant',
    'people-decision-maker': 'Mr Wang',
    'people-champion': 'Chen',
  };
  const budget = { 'budget-amount': 10, 'budget-flexibility': 'Open', 'budget-method': 'The owner set it' };

  it('is ready only when every question is confirmed and every required field is filled', () => {
    const answers = { ...allConfirmed, ...people, ...budget, 'our-price': 10 };
    const summary = validationSummary(
      { validation: answers, qualification: { 'gross-profit': 480 } },
      definition,
    );
    expect(summary.ready).toBe(true);
    expect(summary.missingFields).toEqual([]);
    expect(summary.budget.position).toBe('below');
  });

  it('is not ready while one question is only assumed', () => {
    const answers = {
      ...allConfirmed,
      'question-13': { answer: 'Boss decides', status: 'assumed' },
      ...people,
      ...budget,
      'our-price': 10,
    };
    expect(validationSummary({ validation: answers }, definition).ready).toBe(false);
  });

  it('names the required fields still empty, in order', () => {
    const answers = { ...allConfirmed, 'people-contact': 'Xiao Liu', 'people-decision-maker': ' ' };
    expect(validationSummary({ validation: answers }, definition).missingFields).toEqual([
      'people-participants',
      'people-decision-maker',
      'people-champion',
      'budget-amount',
      'budget-flexibility',
      'budget-method',
      'our-price',
    ]);
  });

  it('is not ready while the budget is below our price and the plan is empty', () => {
    const answers = { ...allConfirmed, ...people, ...budget, 'our-price': 11 };
    const without = validationSummary({ validation: answers }, definition);
    expect(without.price).toMatchObject({ gap: 1, planMissing: true });
    expect(without.ready).toBe(false);
    const withPlan = validationSummary(
      { validation: { ...answers, 'persuasion-plan': 'Phase one within budget' } },
      definition,
    );
    expect(withPlan.ready).toBe(true);
  });

  it('says the profit is missing rather than passing the budget', () => {
    const summary = validationSummary({ validation: { 'budget-amount': 10 } }, definition);
    expect(summary.budget).toMatchObject({ profit: null, range: null, position: null });
  });

  it('reads nothing for an empty deal, and is not ready', () => {
    const summary = validationSummary({}, definition);
    expect(summary.counts.unanswered).toBe(13);
    expect(summary.ready).toBe(false);
  });
});
