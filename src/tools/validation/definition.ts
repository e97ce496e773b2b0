// Schema of content/tools/validation.json: the thirteen questions of stage 3, the
// people and budget fields attached to them, and the budget rules.
import { z } from 'astro/zod';
import { TOOL_IDS } from '../../deals/constants';
import {
  checklistItem,
  itemId,
  labelled,
  localized,
  statedRules,
  statesEvery,
  toolHead,
  uniqueIds,
} from '../../shared/schema';

export const question = checklistItem.extend({
  /** The group of questions it belongs to (the page's table of groups). */
  group: itemId,
});

/** A structured field recorded under one question: a person, the budget, our price… */
export const field = labelled.extend({
  id: itemId,
  /** The question it is shown under. */
  question: itemId,
  anchor: itemId,
  /** text: one line; textarea: several; number: an amount in 万元. */
  kind: z.enum(['text', 'textarea', 'number']),
  /** Must be filled in before the opportunity is ready for the demo. */
  required: z.boolean().optional(),
});

/** A site path such as "/process/prospecting/#tool" (the English twin is derived). */
const sitePath = z.string().regex(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/);

export const validationDefinition = z
  .strictObject({
    ...toolHead('validation'),
    groups: z.array(z.strictObject({ id: itemId, label: localized })).min(1),
    questions: z.array(question).min(1),
    fields: z.array(field),
    rules: z.strictObject({
      /** IT investment as a share of profit, in percent (stage 1: 3–5%). */
      itShare: z
        .strictObject({ low: z.number().positive(), high: z.number().positive() })
        .refine((share) => share.low <= share.high, 'itShare.low must not exceed itShare.high'),
      /** Where the deal's gross profit (万元) is entered: the qualification scorecard. */
      profit: z.strictObject({ tool: z.enum(TOOL_IDS), item: itemId, link: sitePath }),
      /** Field ids of the budget, our price and the persuasion plan. */
      budget: itemId,
      price: itemId,
      plan: itemId,
      /** The question that screens the compelling events picked in stage 2. */
      events: z.strictObject({ question: itemId, link: sitePath }),
    }),
    statedRules,
    text: z.strictObject({
      answer: localized,
      source: localized,
      status: localized,
      confirmed: localized,
      assumed: localized,
      unmarked: localized,
      counts: localized,
      unansweredList: localized,
      unmarkedNote: localized,
      questionShort: localized,
      missingFields: localized,
      notNumber: localized,
      itRange: localized,
      budgetBelow: localized,
      budgetWithin: localized,
      budgetAbove: localized,
      budgetMissing: localized,
      noProfit: localized,
      fillProfit: localized,
      ruleOfThumb: localized,
      priceBelow: localized,
      planMissing: localized,
      planRecorded: localized,
      priceCovered: localized,
      priceUnknown: localized,
      eventsPicked: localized,
      eventsNone: localized,
      openPicker: localized,
      ready: localized,
      notReady: localized,
      readMore: localized,
      separator: localized,
      blank: localized,
    }),
  })
  .superRefine((def, ctx) => {
    statesEvery(appliedRuleIds(), def.statedRules, ctx);
    // Questions and fields share one answer map, so their ids must not collide.
    uniqueIds([...def.questions, ...def.fields], ctx);
    const groups = new Set(def.groups.map((g) => g.id));
    const questions = new Set(def.questions.map((q) => q.id));
    for (const q of def.questions) {
      if (!groups.has(q.group))
        ctx.addIssue({ code: 'custom', message: `${q.id}: unknown group "${q.group}"` });
    }
    for (const f of def.fields) {
      if (!questions.has(f.question))
        ctx.addIssue({ code: 'custom', message: `${f.id}: unknown question "${f.question}"` });
    }
    const kindOf = (id: string) => def.fields.find((f) => f.id === id)?.kind;
    for (const [rule, kinds] of [
      ['budget', ['number']],
      ['price', ['number']],
      ['plan', ['text', 'textarea']],
    ] as const) {
      const kind = kindOf(def.rules[rule]);
      if (kind === undefined || !(kinds as readonly string[]).includes(kind))
        ctx.addIssue({
          code: 'custom',
          message: `rules.${rule}: "${def.rules[rule]}" must be a ${kinds.join('/')} field`,
        });
    }
    if (!questions.has(def.rules.events.question))
      ctx.addIssue({ code: 'custom', message: `rules.events.question: unknown question` });
  });

export type ValidationDefinition = z.infer<typeof validationDefinition>;
export type ValidationQuestion = z.infer<typeof question>;
export type ValidationField = z.infer<typeof field>;
export type ValidationRules = ValidationDefinition['rules'];

/** The ids of the rules the tool applies; each must be stated on its page. */
export function appliedRuleIds(): string[] {
  return [
    'questions',
    'confirmed-only',
    'required-fields',
    'it-share',
    'budget-vs-range',
    'price-gap-plan',
    'events-question-4',
    'ready',
  ];
}

/** The figures the stated rules quote, taken from the data the tool computes with. */
export function ruleValues(def: {
  questions: readonly unknown[];
  rules: { itShare: { low: number; high: number } };
}): Record<string, Record<string, number>> {
  return {
    questions: { count: def.questions.length },
    'it-share': { low: def.rules.itShare.low, high: def.rules.itShare.high },
  };
}
