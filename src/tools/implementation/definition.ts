// Schema of content/tools/implementation.json: the four implementation steps.
import { z } from 'astro/zod';
import {
  checklistItem,
  listById,
  localized,
  ruleOrigin,
  statedRules,
  statesEvery,
  toolHead,
} from '../../shared/schema';

export const implementationItem = checklistItem.extend({
  /**
   * The process lets some customers skip this step: the checklist offers "not applicable",
   * which counts as settled. `when` says which customers, in both languages.
   */
  skippable: z.strictObject({ origin: ruleOrigin, when: localized }).optional(),
});

export const implementationDefinition = z
  .strictObject({
    ...toolHead('implementation'),
    items: listById(implementationItem, 1),
    statedRules,
    text: z.strictObject({
      done: localized,
      date: localized,
      progress: localized,
      notApplicable: localized,
      notApplicableCount: localized,
      next: localized,
      complete: localized,
      completeSkipped: localized,
      undated: localized,
      readMore: localized,
    }),
  })
  .superRefine((def, ctx) => statesEvery(appliedRuleIds(def), def.statedRules, ctx));

/** The rules the checklist applies: each step in order, a date for each, and each step that may be skipped. */
export function appliedRuleIds(def: { items: readonly { id: string; skippable?: unknown }[] }): string[] {
  return [
    'steps-in-order',
    'dated',
    ...def.items.filter((i) => i.skippable).map((i) => `${i.id}-not-applicable`),
  ];
}

export type ImplementationDefinition = z.infer<typeof implementationDefinition>;
export type ImplementationItem = z.infer<typeof implementationItem>;

/** The figures the stated rules quote, taken from the data the tool computes with. */
export function ruleValues(def: { items: readonly unknown[] }): Record<string, Record<string, number>> {
  return { 'steps-in-order': { count: def.items.length } };
}
