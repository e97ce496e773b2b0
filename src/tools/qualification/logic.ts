// The qualification verdict: pure functions over the scorecard's answers and the
// rules in content/tools/qualification.json, in the order the stage 1 page gives:
// hard stops first, then the size thresholds and the main business, then the
// timing (a near-term purchase plan or a compelling event picked in stage 2).
//
// Every test is three-valued: met, not met, or undecided because an answer it
// needs is missing. An undecided test never counts as a pass: the verdict is
// "incomplete" unless the answers given already decide it (a hard stop, or a
// measure below its line), and a "pursue" needs all six factors answered.
import { readAmount } from '../../deals/answers';
import type { Answer } from '../../deals/schema';
import type { LocalizedText } from '../../shared/schema';
import { amountValue } from '../../shared/money';
import type { Condition, QualificationItem, QualificationRules } from './definition';

export type Verdict = 'pursue' | 'nurture' | 'do-not-pursue' | 'incomplete';
/**
 * What a reason does to the verdict: a hard stop, the conditional exclusion (both mean do not
 * pursue), a condition not met, one met, or a note.
 */
export type Effect = 'stop' | 'conditional' | 'unmet' | 'met' | 'info';
export type ReasonValue = number | LocalizedText;

export interface Reason {
  /** The rule's id (a hard stop, fit rule or note), or a measure's item id, or `timing-…`. */
  id: string;
  effect: Effect;
  /** The page section that explains the rule (#size, #ownership …). */
  anchor: string;
  /** Template with {placeholders} filled from `values`. */
  text: LocalizedText;
  values: Readonly<Record<string, ReasonValue>>;
}

export interface Gap {
  item: string;
  anchor: string;
  label: LocalizedText;
}

/** Expected IT budget in 万元. */
export interface ItBudget {
  low: number;
  high: number;
}

export interface Qualification {
  verdict: Verdict;
  reasons: Reason[];
  gaps: Gap[];
  itBudget: ItBudget | null;
}

export interface ScoreContext {
  /** How many compelling events are picked for this deal in stage 2 (see `countPickedEvents`). */
  compellingEvents?: number;
}

type AnswerMap = Readonly<Record<string, Answer | undefined>>;
/** true: holds; false: does not; null: undecided (an answer it needs is missing). */
type Tri = boolean | null;

/** A number answer: finite and not negative, else not answered. */

/**
 * The options chosen for a choice item, limited to options the playbook still
 * has; null when nothing (known) is chosen, which counts as unanswered.
 */
export function chosenOptions(item: QualificationItem, value: Answer | undefined): string[] | null {
  if (item.kind === 'number') return null;
  const known = new Set(item.options.map((o) => o.id));
  const raw = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const chosen = item.kind === 'choice' ? raw.slice(0, 1) : raw;
  const valid = chosen.filter((id) => known.has(id));
  return valid.length > 0 ? valid : null;
}

export function isAnswered(item: QualificationItem, value: Answer | undefined): boolean {
  return item.kind === 'number' ? readAmount(value) !== null : chosenOptions(item, value) !== null;
}

/** Every question of the scorecard, in the page's order. */
export function allItems(rules: Pick<QualificationRules, 'factors'>): QualificationItem[] {
  return rules.factors.flatMap((f) => f.items);
}

function allOf(values: readonly Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

export function evaluateCondition(
  condition: Condition,
  answers: AnswerMap,
  items: ReadonlyMap<string, QualificationItem>,
): Tri {
  const item = items.get(condition.item);
  const chosen = item ? chosenOptions(item, answers[condition.item]) : null;
  if (chosen === null) return condition.ifUnanswered === 'match' ? true : null;
  if (condition.anyOf) return chosen.some((id) => condition.anyOf?.includes(id));
  return !chosen.some((id) => condition.noneOf?.includes(id));
}

function evaluateAll(
  conditions: readonly Condition[],
  answers: AnswerMap,
  items: ReadonlyMap<string, QualificationItem>,
): Tri {
  return allOf(conditions.map((c) => evaluateCondition(c, answers, items)));
}

/** Whether an item is asked: true, false, or null while the answer it depends on is missing. */
export function isAsked(item: QualificationItem, answers: AnswerMap, rules: QualificationRules): Tri {
  return item.when ? evaluateAll(item.when, answers, itemMap(rules)) : true;
}

function itemMap(rules: Pick<QualificationRules, 'factors'>): Map<string, QualificationItem> {
  return new Map(allItems(rules).map((item) => [item.id, item]));
}

/** Unanswered questions that are asked, in the page's order. */
export function qualificationGaps(answers: AnswerMap, rules: QualificationRules): Gap[] {
  const items = itemMap(rules);
  return allItems(rules)
    .filter((item) => (item.when ? evaluateAll(item.when, answers, items) : true) === true)
    .filter((item) => !isAnswered(item, answers[item.id]))
    .map((item) => ({ item: item.id, anchor: item.anchor, label: item.label }));
}

/** 3–5% (by the rules) of the gross profit entered, in 万元; null without a gross profit. */
export function itBudget(answers: AnswerMap, rules: Pick<QualificationRules, 'rules'>): ItBudget | null {
  const { item, lowPercent, highPercent } = rules.rules.itBudget;
  const profit = readAmount(answers[item]);
  if (profit === null) return null;
  // Multiply before dividing: 300 × 3 / 100 is exactly 9, 300 × 0.03 is not.
  return { low: round2((profit * lowPercent) / 100), high: round2((profit * highPercent) / 100) };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Compelling events picked in the same deal: items of the events tool saved as `{ picked: true, … }`. */
export function countPickedEvents(eventAnswers: Readonly<Record<string, Answer>> | undefined): number {
  return Object.values(eventAnswers ?? {}).filter(
    (value) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) && value['picked'] === true,
  ).length;
}

const EFFECT_ORDER: readonly Effect[] = ['stop', 'conditional', 'unmet', 'met', 'info'];

export function scoreQualification(
  answers: AnswerMap,
  rules: QualificationRules,
  context: ScoreContext = {},
): Qualification {
  const items = itemMap(rules);
  const { hardStops, thresholds, fit, timing, notes } = rules.rules;
  const reasons: Reason[] = [];
  const reason = (r: Omit<Reason, 'values'> & { values?: Reason['values'] }) =>
    reasons.push({ ...r, values: r.values ?? {} });

  // 1–2. Hard stops and the conditional exclusion: nothing cancels them.
  const stops = hardStops.map((stop) => {
    const holds = evaluateAll(stop.when, answers, items);
    const effect = stop.kind === 'conditional' ? 'conditional' : 'stop';
    if (holds) reason({ id: stop.id, effect, anchor: stop.anchor, text: stop.reason });
    return holds;
  });

  // 3. The size thresholds, by business type.
  const typeItem = items.get(thresholds.typeItem);
  const type = typeItem ? (chosenOptions(typeItem, answers[thresholds.typeItem])?.[0] ?? null) : null;
  const typeLabel = (id: string): LocalizedText =>
    (typeItem?.kind === 'choice' ? typeItem.options.find((o) => o.id === id)?.label : undefined) ?? {
      zh: id,
      en: id,
    };
  const size = thresholds.measures.map((measure): Tri => {
    const value = readAmount(answers[measure.item]);
    if (value === null) return null;
    const mins = Object.entries(measure.min).filter(([t]) => type === null || t === type);
    const results = new Set(mins.map(([, min]) => value >= min));
    if (results.size !== 1) return null; // the business type decides it
    const met = value >= (mins[0]?.[1] ?? 0);
    // With the type unknown but every type agreeing, quote the line nearest the value.
    const [t, min] = mins.reduce((a, b) => (met ? (b[1] > a[1] ? b : a) : b[1] < a[1] ? b : a));
    const measured = items.get(measure.item);
    const amounts = measured?.kind === 'number' && measured.money === true;
    reason({
      id: measure.item,
      effect: met ? 'met' : 'unmet',
      anchor: measure.anchor,
      text: met ? measure.met : measure.below,
      values: amounts
        ? { value: amountValue(value), min: amountValue(min), type: typeLabel(t) }
        : { value, min, type: typeLabel(t) },
    });
    return met;
  });

  // 3. The main business: kinds the page names for pursuit.
  const fits = fit.map((rule): Tri => {
    const applies = evaluateAll(rule.when, answers, items);
    if (applies === false) return true;
    if (applies === null) return null;
    const holds = evaluateAll(rule.require, answers, items);
    if (holds !== null) {
      reason({
        id: rule.id,
        effect: holds ? 'met' : 'unmet',
        anchor: rule.anchor,
        text: holds ? rule.met : rule.unmet,
      });
    }
    return holds;
  });

  // 4. Timing: a near-term plan, or a compelling event already picked.
  const planned = evaluateCondition({ item: timing.item, anyOf: timing.planned }, answers, items);
  const events = Math.max(0, Math.floor(context.compellingEvents ?? 0));
  if (planned) reason({ id: 'timing-plan', effect: 'met', anchor: timing.anchor, text: timing.plan });
  if (events > 0) {
    reason({
      id: 'timing-events',
      effect: 'met',
      anchor: timing.anchor,
      text: timing.events,
      values: { count: events },
    });
  }
  const timely: Tri = events > 0 ? true : planned;
  if (timely === false)
    reason({ id: 'timing-neither', effect: 'unmet', anchor: timing.anchor, text: timing.neither });

  for (const n of notes) {
    if (evaluateAll(n.when, answers, items))
      reason({ id: n.id, effect: n.effect, anchor: n.anchor, text: n.text });
  }

  const gaps = qualificationGaps(answers, rules);
  let verdict: Verdict;
  if (stops.includes(true)) verdict = 'do-not-pursue';
  else if (stops.includes(null)) verdict = 'incomplete';
  else {
    const pursue = allOf([...size, ...fits, timely]);
    verdict = pursue === false ? 'nurture' : pursue === null || gaps.length > 0 ? 'incomplete' : 'pursue';
  }

  const anchorOrder = rules.factors.map((f) => f.anchor);
  const rank = (r: Reason) => EFFECT_ORDER.indexOf(r.effect) * 100 + anchorOrder.indexOf(r.anchor);
  reasons.sort((a, b) => rank(a) - rank(b));

  return { verdict, reasons, gaps, itBudget: itBudget(answers, rules) };
}

/**
 * The new list when one option of a multiple choice is ticked or unticked.
 * An exclusive option ("None of these") clears the others, and the reverse.
 */
export function toggleOption(
  item: QualificationItem,
  current: Answer | undefined,
  optionId: string,
  checked: boolean,
): string[] {
  const list = Array.isArray(current) ? current.filter((id) => id !== optionId) : [];
  if (!checked || item.kind === 'number') return list;
  const exclusive = new Set(item.options.filter((o) => o.exclusive).map((o) => o.id));
  const kept = exclusive.has(optionId) ? [] : list.filter((id) => !exclusive.has(id));
  // Keep the playbook's order, so the saved list reads the same as the form.
  const order = item.options.map((o) => o.id);
  return [...kept, optionId].toSorted((a, b) => order.indexOf(a) - order.indexOf(b));
}
