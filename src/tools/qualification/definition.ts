// Schema of content/tools/qualification.json: the six factors' questions, and the
// rules that combine the answers into a verdict (hard stops, size thresholds by
// business type, business fit, timing, notes, the IT budget share).
import { z } from 'astro/zod';
import { amountValue } from '../../shared/money';
import {
  itemId,
  labelled,
  listById,
  localized,
  statedRules,
  statesEvery,
  toolHead,
} from '../../shared/schema';

/** One option of a choice: its id is what the deal stores. */
const option = labelled.extend({
  id: itemId,
  /** Ticking it clears the other options of a multiple choice, and the reverse ("None of these"). */
  exclusive: z.boolean().optional(),
});

/**
 * A test on one item's answer. `anyOf`: the answer is (or, for a list, includes)
 * one of these options. `noneOf`: the answer is none of them. An unanswered item
 * makes the test undecided, unless `ifUnanswered: "match"` (used where the page
 * asks for evidence: no answer means not shown).
 */
export const condition = z
  .strictObject({
    item: itemId,
    anyOf: z.array(itemId).min(1).optional(),
    noneOf: z.array(itemId).min(1).optional(),
    ifUnanswered: z.enum(['unknown', 'match']).optional(),
  })
  .refine((c) => (c.anyOf === undefined) !== (c.noneOf === undefined), 'give exactly one of anyOf, noneOf');

const itemBase = labelled.extend({
  id: itemId,
  /** Section anchor on the stage page (content/anchors.json). */
  anchor: itemId,
  /** Asked (and required) only while all these hold, e.g. the SOE's status. */
  when: z.array(condition).optional(),
});

const numberItem = itemBase.extend({
  kind: z.literal('number'),
  unit: localized,
  integer: z.boolean(),
  /** An amount in 万元: the tool shows it in RMB as well. */
  money: z.boolean().optional(),
});

const choiceItem = itemBase.extend({
  kind: z.literal('choice'),
  options: listById(option, 2),
});

const multiItem = itemBase.extend({
  kind: z.literal('multi'),
  options: listById(option, 2),
});

export const qualificationItem = z.discriminatedUnion('kind', [numberItem, choiceItem, multiItem]);

const factor = z.strictObject({
  /** The factor's section anchor on the page: size, ownership, business, software, branches, purchase-plan. */
  id: itemId,
  anchor: itemId,
  label: localized,
  items: z.array(qualificationItem).min(1),
});

const hardStop = z.strictObject({
  id: itemId,
  /**
   * "hard-stop": nothing outweighs it. "conditional": the conditional exclusion (a restructured
   * SOE until it is shown to run on a modern management system). Both mean do not pursue; the
   * page and the tool count and label them apart.
   */
  kind: z.enum(['hard-stop', 'conditional']),
  anchor: itemId,
  when: z.array(condition).min(1),
  reason: localized,
});

const measure = z.strictObject({
  item: itemId,
  anchor: itemId,
  /** The minimum by business type option id: the answer must be at least this. */
  min: z.record(itemId, z.number().nonnegative()),
  met: localized,
  below: localized,
});

const fit = z.strictObject({
  id: itemId,
  anchor: itemId,
  when: z.array(condition),
  require: z.array(condition).min(1),
  met: localized,
  unmet: localized,
});

const note = z.strictObject({
  id: itemId,
  anchor: itemId,
  effect: z.enum(['met', 'info']),
  when: z.array(condition).min(1),
  text: localized,
});

const verdictText = z.strictObject({
  pursue: localized,
  nurture: localized,
  'do-not-pursue': localized,
  incomplete: localized,
});

export const qualificationDefinition = z
  .strictObject({
    ...toolHead('qualification'),
    factors: listById(factor, 1),
    rules: z.strictObject({
      hardStops: listById(hardStop),
      thresholds: z.strictObject({
        /** The single-choice item whose answer picks the thresholds (business type). */
        typeItem: itemId,
        measures: z.array(measure),
      }),
      fit: listById(fit),
      timing: z.strictObject({
        item: itemId,
        anchor: itemId,
        /** Options of the item that count as a near-term plan. */
        planned: z.array(itemId).min(1),
        plan: localized,
        events: localized,
        neither: localized,
      }),
      notes: listById(note),
      itBudget: z.strictObject({
        item: itemId,
        lowPercent: z.number().positive(),
        highPercent: z.number().positive(),
      }),
    }),
    statedRules,
    text: z.strictObject({
      verdictHeading: localized,
      verdicts: verdictText,
      verdictAdvice: verdictText,
      reasonsHeading: localized,
      effects: z.strictObject({
        stop: localized,
        conditional: localized,
        unmet: localized,
        met: localized,
        info: localized,
      }),
      gapsHeading: localized,
      gapCount: localized,
      noGaps: localized,
      budgetHeading: localized,
      budget: localized,
      budgetNone: localized,
      budgetWorksheet: localized,
      rmb: localized,
      invalidNumber: localized,
      invalidInteger: localized,
      unanswered: localized,
      clear: localized,
      clearLabel: localized,
      readMore: localized,
      rulesHeading: localized,
      rulesSummary: localized,
      thresholdsHeading: localized,
      exclusionCount: localized,
      blank: localized,
    }),
  })
  .superRefine((def, ctx) => {
    // Every rule must point at items and options that exist, or the rule could never fire.
    const items = new Map(def.factors.flatMap((f) => f.items).map((item) => [item.id, item]));
    const anchors = new Set(def.factors.map((f) => f.anchor));
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const seen = new Set<string>();
    for (const item of def.factors.flatMap((f) => f.items)) {
      if (seen.has(item.id)) issue(`duplicate item id "${item.id}"`);
      seen.add(item.id);
    }
    const optionIds = (id: string): Set<string> | null => {
      const item = items.get(id);
      return item && item.kind !== 'number' ? new Set(item.options.map((o) => o.id)) : null;
    };
    const checkConditions = (where: string, conditions: readonly Condition[]) => {
      for (const c of conditions) {
        const options = optionIds(c.item);
        if (!options) {
          issue(`${where}: "${c.item}" is not a choice item`);
          continue;
        }
        for (const o of [...(c.anyOf ?? []), ...(c.noneOf ?? [])]) {
          if (!options.has(o)) issue(`${where}: "${c.item}" has no option "${o}"`);
        }
      }
    };
    const checkAnchor = (where: string, anchor: string) => {
      if (!anchors.has(anchor)) issue(`${where}: anchor "${anchor}" is not one of the factors' anchors`);
    };
    for (const item of items.values()) {
      checkAnchor(`item ${item.id}`, item.anchor);
      checkConditions(`item ${item.id}`, item.when ?? []);
    }
    const { rules } = def;
    for (const stop of rules.hardStops) {
      checkAnchor(`hard stop ${stop.id}`, stop.anchor);
      checkConditions(`hard stop ${stop.id}`, stop.when);
    }
    for (const f of rules.fit) {
      checkAnchor(`fit ${f.id}`, f.anchor);
      checkConditions(`fit ${f.id}`, [...f.when, ...f.require]);
    }
    for (const n of rules.notes) {
      checkAnchor(`note ${n.id}`, n.anchor);
      checkConditions(`note ${n.id}`, n.when);
    }
    const types = optionIds(rules.thresholds.typeItem);
    if (!types) issue(`thresholds: "${rules.thresholds.typeItem}" is not a choice item`);
    for (const m of rules.thresholds.measures) {
      checkAnchor(`threshold ${m.item}`, m.anchor);
      if (items.get(m.item)?.kind !== 'number') issue(`threshold: "${m.item}" is not a number item`);
      const keys = new Set(Object.keys(m.min));
      for (const t of types ?? []) if (!keys.has(t)) issue(`threshold ${m.item}: no minimum for "${t}"`);
      for (const k of keys) if (types && !types.has(k)) issue(`threshold ${m.item}: unknown type "${k}"`);
    }
    checkAnchor('timing', rules.timing.anchor);
    checkConditions('timing', [{ item: rules.timing.item, anyOf: rules.timing.planned }]);
    if (items.get(rules.itBudget.item)?.kind !== 'number') issue('itBudget: not a number item');
    if (rules.itBudget.lowPercent > rules.itBudget.highPercent) issue('itBudget: low above high');
    statesEvery(appliedRuleIds(def), def.statedRules, ctx);
  });

/**
 * The ids of the rules the verdict applies: each hard stop and exclusion, each size measure,
 * each business-fit rule, the timing, the gaps and the IT budget share. Each must be stated.
 */
export function appliedRuleIds(def: {
  rules: {
    hardStops: readonly { id: string }[];
    thresholds: { measures: readonly { item: string }[] };
    fit: readonly { id: string }[];
  };
}): string[] {
  const { rules } = def;
  return [
    ...rules.hardStops.map((s) => s.id),
    ...rules.thresholds.measures.map((m) => m.item),
    ...rules.fit.map((f) => f.id),
    'timing',
    'gaps',
    'it-budget',
  ];
}

export type Condition = z.infer<typeof condition>;
export type QualificationItem = z.infer<typeof qualificationItem>;
export type QualificationDefinition = z.infer<typeof qualificationDefinition>;
/** What scoring needs: the questions and the rules (the UI strings are not needed). */
export type QualificationRules = Pick<QualificationDefinition, 'factors' | 'rules'>;

/** The figures the stated rules quote, taken from the data the verdict computes with; amounts written as money. */
export function ruleValues(def: {
  factors: readonly { items: readonly QualificationItem[] }[];
  rules: {
    thresholds: { measures: readonly { item: string; min: Record<string, number> }[] };
    itBudget: { lowPercent: number; highPercent: number };
  };
}): Record<string, Record<string, number | { zh: string; en: string }>> {
  const money = new Set(
    def.factors.flatMap((f) =>
      f.items.filter((i) => i.kind === 'number' && i.money === true).map((i) => i.id),
    ),
  );
  const minOf = Object.fromEntries(
    def.rules.thresholds.measures.map((m) => [
      m.item,
      money.has(m.item)
        ? Object.fromEntries(Object.entries(m.min).map(([type, min]) => [type, amountValue(min)]))
        : m.min,
    ]),
  );
  const headcount = def.rules.thresholds.measures.find((m) => m.item === 'headcount')?.min ?? {};
  return {
    ...minOf,
    'processing-is-production': headcount,
    'it-budget': { low: def.rules.itBudget.lowPercent, high: def.rules.itBudget.highPercent },
  };
}
