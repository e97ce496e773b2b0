// Schema of content/tools/events.json: the eleven compelling events of stage 2.
import { z } from 'astro/zod';
import { checklistItem, listById, localized, statedRules, statesEvery, toolHead } from '../../shared/schema';
import { EVENT_WARNING_KINDS } from './warnings';

export const eventItem = checklistItem.extend({
  /** Events we create ourselves (the promotion deadline): they support, never replace, the customer's own. */
  ours: z.boolean().optional(),
  /** A caution or the reading the playbook chose, shown with the event. */
  note: localized.optional(),
  /** Who usually feels it most (the page's overview table). */
  ownerHint: localized,
  /** Typical evidence (the page's overview table). */
  evidenceHint: localized,
  /** The suggested talking point on the cost of not acting. */
  talkingPoint: localized,
});

export const eventsDefinition = z
  .strictObject({
    ...toolHead('events'),
    items: listById(eventItem, 1),
    statedRules,
    text: z.strictObject({
      picked: localized,
      evidence: localized,
      owner: localized,
      date: localized,
      talkingPoint: localized,
      useSuggestion: localized,
      suggestion: localized,
      count: localized,
      none: localized,
      onlyOurs: localized,
      datePassed: localized,
      datePassedShort: localized,
      noEvidence: localized,
      readMore: localized,
      blank: localized,
      separator: localized,
    }),
  })
  .superRefine((def, ctx) => statesEvery(appliedRuleIds(), def.statedRules, ctx));

export type EventsDefinition = z.infer<typeof eventsDefinition>;
export type EventItem = z.infer<typeof eventItem>;

/** The rules the picker applies: the event list, which event is ours, what counts, and each warning. */
export function appliedRuleIds(): string[] {
  return ['eleven-events', 'ours', 'counts', ...EVENT_WARNING_KINDS];
}

/** The figures the stated rules quote, taken from the data the tool computes with. */
export function ruleValues(def: {
  items: readonly { ours?: boolean | undefined }[];
}): Record<string, Record<string, number>> {
  return {
    'eleven-events': { count: def.items.length },
    ours: { ours: def.items.findIndex((item) => item.ours === true) + 1 },
  };
}
