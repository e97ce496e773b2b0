// Schema of content/tools/demo.json: the eight parts of the standard demo, each a
// group of checks; the attendees and their roles; the two sums; the outcome.
import { z } from 'astro/zod';
import {
  itemId,
  labelled,
  listById,
  localized,
  statedRules,
  statesEvery,
  toolHead,
} from '../../shared/schema';

/** A check of the demo checklist; its answer is {done, note}. */
const check = labelled.extend({ id: itemId });

/** One of the page's eight parts: its section anchor and its checks. */
const group = z.strictObject({
  id: itemId,
  /** Section anchor on the demo page (content/anchors.json), e.g. "prepare". */
  anchor: itemId,
  label: localized,
  items: listById(check, 1),
});

/** An attendee's role, with what the page's table says they care about and what to show them. */
const role = z.strictObject({
  id: itemId,
  label: localized,
  cares: localized.optional(),
  emphasis: localized.optional(),
});

/** The outcome values other tools read (the close-readiness gate looks for "successful"). */
export const DEMO_OUTCOMES = ['successful', 'mixed', 'unsuccessful'] as const;
export type DemoOutcome = (typeof DEMO_OUTCOMES)[number];

const text = z.strictObject({
  note: localized,
  readMore: localized,
  groupProgress: localized,
  progress: localized,
  attendeesTitle: localized,
  attendeeLegend: localized,
  attendeeName: localized,
  attendeeRole: localized,
  chooseRole: localized,
  attendeeCares: localized,
  decisionMaker: localized,
  addAttendee: localized,
  removeAttendee: localized,
  unnamed: localized,
  noAttendees: localized,
  usuallyCares: localized,
  emphasis: localized,
  caresHeading: localized,
  emphasisHeading: localized,
  decisionMakerTip: localized,
  sumsTitle: localized,
  sumsTotal: localized,
  sumsMissing: localized,
  sumsNone: localized,
  figureInvalid: localized,
  outcomeTitle: localized,
  outcomeLabel: localized,
  outcomeUnset: localized,
  dateLabel: localized,
  outcomeSummary: localized,
  outcomeUndated: localized,
  ready: localized,
  notReady: localized,
  openPrepare: localized,
  needAttendees: localized,
  incompleteAttendees: localized,
  listSeparator: localized,
  clauseSeparator: localized,
});

export const demoDefinition = z
  .strictObject({
    ...toolHead('demo'),
    groups: listById(group, 1),
    attendees: z.strictObject({
      /** The group the attendee list is shown in. */
      group: itemId,
      /** Each attendee is its own item, `<idPrefix>-<generated id>`. */
      idPrefix: itemId,
      roles: listById(role, 1),
    }),
    sums: z.strictObject({
      /** The group the sums are shown in. */
      group: itemId,
      /** Each figure is a number item, in 万元 a year; the total adds them up. */
      figures: listById(labelled.extend({ id: itemId }), 1),
    }),
    outcome: z.strictObject({
      id: z.literal('demo-outcome'),
      dateId: z.literal('demo-date'),
      options: listById(z.strictObject({ id: z.enum(DEMO_OUTCOMES), label: localized }), 1),
    }),
    /** Ready for the demo: every check of this group done, and at least this many attendees known. */
    readiness: z.strictObject({
      group: itemId,
      minAttendees: z.number().int().min(0),
    }),
    statedRules,
    text,
  })
  .superRefine((def, ctx) => {
    statesEvery(appliedRuleIds(), def.statedRules, ctx);
    const groups = new Set(def.groups.map((g) => g.id));
    for (const [where, ref] of [
      ['attendees.group', def.attendees.group],
      ['sums.group', def.sums.group],
      ['readiness.group', def.readiness.group],
    ] as const) {
      if (!groups.has(ref)) ctx.addIssue({ code: 'custom', message: `${where}: no group "${ref}"` });
    }
    // Every stored key is one item id space: checks, figures and the outcome must not collide,
    // and no fixed id may look like a generated attendee id.
    const ids = [
      ...def.groups.flatMap((g) => g.items.map((i) => i.id)),
      ...def.sums.figures.map((f) => f.id),
      def.outcome.id,
      def.outcome.dateId,
    ];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate item id "${id}"` });
      if (id.startsWith(`${def.attendees.idPrefix}-`))
        ctx.addIssue({ code: 'custom', message: `item id "${id}" uses the attendee prefix` });
      seen.add(id);
    }
  });

export type DemoDefinition = z.infer<typeof demoDefinition>;
export type DemoGroup = DemoDefinition['groups'][number];

/** The ids of the rules the checklist applies; each must be stated on its page. */
export function appliedRuleIds(): string[] {
  return ['prepare-first', 'ready', 'value-sums'];
}

/** The figures the stated rules quote, taken from the data the tool computes with. */
export function ruleValues(def: {
  readiness: { minAttendees: number };
}): Record<string, Record<string, number>> {
  return { ready: { min: def.readiness.minAttendees } };
}
