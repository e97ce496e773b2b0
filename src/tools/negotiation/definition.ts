// Schema of content/tools/negotiation.json: the eleven negotiation steps, the
// facts noted along the way (each shown under its step), and the tracker's rules.
import { z } from 'astro/zod';
import {
  checklistItem,
  itemId,
  labelled,
  listById,
  localized,
  statedRules,
  statesEvery,
  toolHead,
} from '../../shared/schema';
import { NEGOTIATION_WARNING_KINDS } from './warning-kinds';

/** A fact recorded under one of the steps. Its id is fixed: other tools read it. */
function field<const Id extends string>(id: Id) {
  return labelled.extend({
    id: z.literal(id),
    /** The step it is shown under, e.g. "step-2". */
    step: itemId,
  });
}

export const negotiationDefinition = z
  .strictObject({
    ...toolHead('negotiation'),
    /** Each step's answer is {done, note}. */
    steps: listById(checklistItem, 1),
    fields: z.strictObject({
      /** string[]: competitors still in the running. */
      competitors: field('competitors'),
      approvalFlow: field('approval-flow'),
      /** 'YYYY-MM-DD' */
      closeDate: field('close-date'),
      paymentMethod: field('payment-method'),
      paymentTerms: field('payment-terms'),
      /** {signed, date, note} */
      trialAgreement: field('trial-agreement'),
    }),
    rules: z.strictObject({
      /** The step that means the sales contract is signed: after it no competitor may remain,
          payment method and terms must be there, and the close date no longer runs. */
      contractSigned: itemId,
      /** Where the reader learns why no competitor may remain (a site path with its anchor). */
      noCompetitorsHref: z.string().regex(/^\/[a-z0-9/-]*\/#[a-z0-9-]+$/),
    }),
    statedRules,
    text: z.strictObject({
      note: localized,
      readMore: localized,
      progress: localized,
      next: localized,
      complete: localized,
      competitorName: localized,
      addCompetitor: localized,
      remove: localized,
      removeCompetitor: localized,
      noCompetitors: localized,
      duplicateCompetitor: localized,
      trialSigned: localized,
      trialDate: localized,
      trialNote: localized,
      competitorsSummary: localized,
      none: localized,
      closeDateSummary: localized,
      notSet: localized,
      warnCompetitors: localized,
      conditionLink: localized,
      warnCloseDate: localized,
      warnPayment: localized,
      listSeparator: localized,
    }),
  })
  .superRefine((def, ctx) => {
    statesEvery(appliedRuleIds(), def.statedRules, ctx);
    const steps = new Set(def.steps.map((s) => s.id));
    for (const f of Object.values(def.fields)) {
      if (!steps.has(f.step))
        ctx.addIssue({ code: 'custom', message: `field "${f.id}": no step "${f.step}"` });
      if (steps.has(f.id)) ctx.addIssue({ code: 'custom', message: `field "${f.id}" has a step's id` });
    }
    if (!steps.has(def.rules.contractSigned))
      ctx.addIssue({
        code: 'custom',
        message: `rules.contractSigned: no step "${def.rules.contractSigned}"`,
      });
  });

export type NegotiationDefinition = z.infer<typeof negotiationDefinition>;
export type NegotiationFieldKey = keyof NegotiationDefinition['fields'];

/** The ids of the rules the tool applies; each must be stated on its page. */
export function appliedRuleIds(): string[] {
  return ['steps', ...NEGOTIATION_WARNING_KINDS];
}

/** The figures the stated rules quote, taken from the data the tool computes with. */
export function ruleValues(def: {
  steps: readonly { id: string }[];
  rules: { contractSigned: string };
}): Record<string, Record<string, number>> {
  return {
    steps: {
      count: def.steps.length,
      contract: def.steps.findIndex((step) => step.id === def.rules.contractSigned) + 1,
    },
  };
}
