// Schema of content/tools/close.json: the six purchase conditions, where to go
// back when one fails, and the answers of earlier tools that must agree with them.
import { z } from 'astro/zod';
import anchors from '../../../content/anchors.json';
import { TOOL_IDS } from '../../deals/constants';
import {
  checklistItem,
  itemId,
  listById,
  localized,
  statedRules,
  statesEvery,
  toolHead,
} from '../../shared/schema';

const pages: Readonly<Record<string, readonly string[] | undefined>> = anchors.pages;

/**
 * A link to a section of another stage page, written without the language prefix
 * (`/process/demo/` + `flow`); English pages get `/en/`. The anchor must be
 * published in content/anchors.json, so a link that would break fails the build.
 */
export const pageLink = z
  .strictObject({
    path: z.string().regex(/^\/([a-z0-9-]+\/)+$/, 'a site path such as "/process/demo/"'),
    anchor: itemId,
    label: localized,
  })
  .superRefine((link, ctx) => {
    const slug = link.path.slice(1, -1);
    const published = pages[slug];
    if (!published) ctx.addIssue({ code: 'custom', message: `no page "${slug}" in content/anchors.json` });
    else if (!published.includes(link.anchor))
      ctx.addIssue({ code: 'custom', message: `"${slug}" has no anchor "#${link.anchor}"` });
  });

export const condition = checklistItem.extend({
  /** What counts as evidence for this condition (the page's evidence column). */
  evidence: localized,
  /** Where to go back when the condition fails, in the page's order. */
  fixes: z.array(pageLink).min(1),
});

/**
 * An answer of an earlier tool that contradicts a ticked condition:
 * - `listed`: a list that still has an entry (e.g. competitors still in the running);
 * - `blank`: nothing recorded (e.g. no decision-maker named);
 * - `not-equal`: anything but `value` recorded, or nothing (e.g. no successful demo).
 * Missing or wrong-typed answers count as not recorded.
 */
export const conflictRule = z
  .strictObject({
    id: itemId,
    condition: itemId,
    tool: z.enum(TOOL_IDS),
    item: itemId,
    when: z.enum(['listed', 'blank', 'not-equal']),
    value: z.string().min(1).optional(),
    /** May use {values}: the entries found, for `listed`. */
    message: localized,
    fix: pageLink,
  })
  .superRefine((rule, ctx) => {
    if (rule.when === 'not-equal' && rule.value === undefined)
      ctx.addIssue({ code: 'custom', message: `conflict "${rule.id}": "not-equal" needs a value` });
  });

export const closeDefinition = z
  .strictObject({
    ...toolHead('close'),
    items: listById(condition, 1),
    conflicts: listById(conflictRule),
    statedRules,
    text: z.strictObject({
      condition: localized,
      evidence: localized,
      evidenceExpected: localized,
      readMore: localized,
      progress: localized,
      ready: localized,
      notReady: localized,
      conflictCount: localized,
      missingHeading: localized,
      notHeld: localized,
      noEvidence: localized,
      noEvidenceHint: localized,
      goBack: localized,
      conflictsHeading: localized,
      conflictHere: localized,
      seeBelow: localized,
      ifFails: localized,
      separator: localized,
    }),
  })
  .superRefine((definition, ctx) => {
    statesEvery(appliedRuleIds(definition), definition.statedRules, ctx);
    const ids = new Set(definition.items.map((item) => item.id));
    for (const rule of definition.conflicts) {
      if (!ids.has(rule.condition))
        ctx.addIssue({ code: 'custom', message: `conflict "${rule.id}": no condition "${rule.condition}"` });
    }
  });

export type PageLink = z.infer<typeof pageLink>;
export type Condition = z.infer<typeof condition>;
export type ConflictRule = z.infer<typeof conflictRule>;
export type CloseDefinition = z.infer<typeof closeDefinition>;

/** The ids of the rules the tool applies; each must be stated on its page. */
export function appliedRuleIds(def: { conflicts: readonly { id: string }[] }): string[] {
  return ['all-conditions', 'evidence', ...def.conflicts.map((c) => c.id)];
}

/** The figures the stated rules quote, taken from the data the tool computes with. */
export function ruleValues(def: { items: readonly unknown[] }): Record<string, Record<string, number>> {
  return { 'all-conditions': { count: def.items.length } };
}
