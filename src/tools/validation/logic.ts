// Stage 3: is the opportunity real? Answers confirmed or assumed, the people named,
// the budget checked against 3–5% of profit and against our expected price.
// A question's answer is {answer, status, source}; people and budget are plain fields.
import { readAmount, readText as text } from '../../deals/answers';
import type { Answer, ToolAnswers } from '../../deals/schema';

export type QuestionStatus = 'confirmed' | 'assumed' | '';

export interface QuestionAnswer {
  answer: string;
  status: QuestionStatus;
  /** Who it came from. */
  source: string;
}

/** A saved question, with anything missing or malformed read as unanswered. */
export function readQuestion(value: Answer | undefined): QuestionAnswer {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { answer: '', status: '', source: '' };
  }
  const status = value['status'];
  return {
    answer: text(value['answer']),
    status: status === 'confirmed' || status === 'assumed' ? status : '',
    source: text(value['source']),
  };
}

/**
 * Where a question stands. No answer text is a gap whatever its mark; an answer
 * not marked is neither confirmed nor a pass.
 */
export type QuestionState = 'confirmed' | 'assumed' | 'unmarked' | 'unanswered';

export function questionState(question: QuestionAnswer): QuestionState {
  if (question.answer.trim() === '') return 'unanswered';
  if (question.status === 'confirmed') return 'confirmed';
  if (question.status === 'assumed') return 'assumed';
  return 'unmarked';
}

export interface QuestionCounts {
  confirmed: number;
  assumed: number;
  unmarked: number;
  unanswered: number;
  total: number;
  /** Ids in the playbook's order. */
  unansweredIds: string[];
  unmarkedIds: string[];
}

export function questionCounts(
  answers: Readonly<Record<string, Answer>>,
  questions: readonly { id: string }[],
): QuestionCounts {
  const counts: QuestionCounts = {
    confirmed: 0,
    assumed: 0,
    unmarked: 0,
    unanswered: 0,
    total: questions.length,
    unansweredIds: [],
    unmarkedIds: [],
  };
  for (const q of questions) {
    const state = questionState(readQuestion(answers[q.id]));
    counts[state] += 1;
    if (state === 'unanswered') counts.unansweredIds.push(q.id);
    if (state === 'unmarked') counts.unmarkedIds.push(q.id);
  }
  return counts;
}

/** An amount in 万元: a finite number, not negative; anything else is not entered. */

/** Rounded to 0.01 万元 (RMB 100), so 480 × 3% is 14.4, not 14.399999999999999. */
export function roundWan(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface Range {
  low: number;
  high: number;
}

/** The expected IT investment, `share` percent of the profit (万元), or null without a profit. */
export function itBudgetRange(profit: number | null, share: Range): Range | null {
  if (profit === null) return null;
  return { low: roundWan((profit * share.low) / 100), high: roundWan((profit * share.high) / 100) };
}

/** The deal's gross profit as entered in the qualification scorecard (万元), or null. */
export function grossProfit(dealAnswers: ToolAnswers, source: { tool: string; item: string }): number | null {
  const toolAnswers = (dealAnswers as Readonly<Record<string, Readonly<Record<string, Answer>> | undefined>>)[
    source.tool
  ];
  return readAmount(toolAnswers?.[source.item]);
}

export type BudgetPosition = 'below' | 'within' | 'above';

export interface BudgetCheck {
  budget: number | null;
  profit: number | null;
  range: Range | null;
  /** null while the budget or the profit is missing: no comparison, never a pass. */
  position: BudgetPosition | null;
}

/** The budget against `share` percent of the profit, both ends inclusive. */
export function checkBudget(budget: number | null, profit: number | null, share: Range): BudgetCheck {
  const range = itBudgetRange(profit, share);
  let position: BudgetPosition | null = null;
  if (budget !== null && range !== null) {
    position = budget < range.low ? 'below' : budget > range.high ? 'above' : 'within';
  }
  return { budget, profit, range, position };
}

export interface PriceCheck {
  budget: number | null;
  price: number | null;
  /** How far the budget falls short of our price (万元), or null when it does not or is unknown. */
  gap: number | null;
  /** The budget is below our price: the persuasion plan is required. */
  planNeeded: boolean;
  /** The plan is needed and still empty. */
  planMissing: boolean;
}

export function checkPrice(budget: number | null, price: number | null, plan: string): PriceCheck {
  const below = budget !== null && price !== null && budget < price;
  return {
    budget,
    price,
    gap: below ? roundWan(price - budget) : null,
    planNeeded: below,
    planMissing: below && plan.trim() === '',
  };
}

export interface ValidationSummary {
  counts: QuestionCounts;
  budget: BudgetCheck;
  price: PriceCheck;
  /** Required fields still empty, in the playbook's order. */
  missingFields: string[];
  /** Every question confirmed, every required field filled, and a plan where the budget is short. */
  ready: boolean;
}

export interface ValidationShape {
  questions: readonly { id: string }[];
  fields: readonly { id: string; required?: boolean | undefined }[];
  rules: {
    itShare: Range;
    profit: { tool: string; item: string };
    budget: string;
    price: string;
    plan: string;
  };
}

/** Whether a field holds something: non-blank text, or an amount. */
export function fieldFilled(value: Answer | undefined): boolean {
  return typeof value === 'string' ? value.trim() !== '' : readAmount(value) !== null;
}

export function validationSummary(dealAnswers: ToolAnswers, definition: ValidationShape): ValidationSummary {
  const answers = dealAnswers.validation ?? {};
  const { rules } = definition;
  const counts = questionCounts(answers, definition.questions);
  const budgetAmount = readAmount(answers[rules.budget]);
  const budget = checkBudget(budgetAmount, grossProfit(dealAnswers, rules.profit), rules.itShare);
  const price = checkPrice(budgetAmount, readAmount(answers[rules.price]), text(answers[rules.plan]));
  const missingFields = definition.fields
    .filter((f) => f.required === true && !fieldFilled(answers[f.id]))
    .map((f) => f.id);
  return {
    counts,
    budget,
    price,
    missingFields,
    ready: counts.confirmed === counts.total && missingFields.length === 0 && !price.planMissing,
  };
}
