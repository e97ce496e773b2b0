// Demo preparation: progress through the eight parts, readiness before the demo,
// the attendees, the two sums and the recorded outcome. Pure functions over the
// tool's answers; the rules (which group gates readiness, how many attendees) are data.
import { fieldsOf as fields, readAmount, readDate, readText as str } from '../../deals/answers';
import type { Answer } from '../../deals/schema';
import type { DemoDefinition, DemoOutcome } from './definition';

type Answers = Readonly<Record<string, Answer>>;

/** A check's answer: ticked, with an optional note. */
export interface CheckAnswer {
  done: boolean;
  note: string;
}

export function readCheck(value: Answer | undefined): CheckAnswer {
  const f = fields(value);
  return { done: f?.['done'] === true, note: str(f?.['note']) };
}

/** One person expected at the demo. Stored as its own item, `<prefix>-<generated id>`. */
export interface Attendee {
  id: string;
  name: string;
  /** A role id from the data, or '' when not chosen yet. */
  role: string;
  cares: string;
  decisionMaker: boolean;
  /** When it was added (ms): the list's order, independent of storage order. */
  order: number;
}

export function isAttendeeId(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}-`) && id.length > prefix.length + 1;
}

export function readAttendee(id: string, value: Answer | undefined): Attendee {
  const f = fields(value);
  const order = f?.['order'];
  return {
    id,
    name: str(f?.['name']),
    role: str(f?.['role']),
    cares: str(f?.['cares']),
    decisionMaker: f?.['decisionMaker'] === true,
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
  };
}

/** The attendees saved in these answers, in the order they were added. */
export function attendeesOf(answers: Answers, prefix: string): Attendee[] {
  return Object.entries(answers)
    .filter(([id, value]) => isAttendeeId(id, prefix) && fields(value) !== null)
    .map(([id, value]) => readAttendee(id, value))
    .toSorted((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An attendee is known once both the name and the role are there. */
export function attendeeComplete(attendee: Attendee): boolean {
  return attendee.name.trim() !== '' && attendee.role !== '';
}

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh item id for a new attendee, `<prefix>-xxxxxxxx`, not among `taken`. */
export function newAttendeeId(
  prefix: string,
  taken: Iterable<string>,
  random: () => number = Math.random,
): string {
  const used = new Set(taken);
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 8; i++) suffix += ID_CHARS[Math.floor(random() * ID_CHARS.length)] ?? 'x';
    const id = `${prefix}-${suffix}`;
    if (!used.has(id)) return id;
  }
}

export interface GroupProgress {
  id: string;
  done: number;
  total: number;
  /** Ids of the group's checks not yet ticked, in the page's order. */
  open: string[];
}

export function groupProgress(
  answers: Answers,
  groups: readonly Pick<DemoDefinition['groups'][number], 'id' | 'items'>[],
): GroupProgress[] {
  return groups.map((group) => {
    const open = group.items.filter((item) => !readCheck(answers[item.id]).done).map((item) => item.id);
    return { id: group.id, done: group.items.length - open.length, total: group.items.length, open };
  });
}

export interface DemoReadiness {
  ready: boolean;
  /** Checks of the readiness group not yet done. */
  open: string[];
  /** Attendees with both a name and a role. */
  known: number;
  /** Attendees still missing a name or a role: a gap, not a pass. */
  incomplete: string[];
  /** Fewer known attendees than the rule asks for. */
  needAttendees: boolean;
}

/** Ready before the demo: the preparation checks all done and the attendees known. */
export function demoReadiness(
  answers: Answers,
  definition: Pick<DemoDefinition, 'groups' | 'readiness' | 'attendees'>,
): DemoReadiness {
  const group = definition.groups.find((g) => g.id === definition.readiness.group);
  const open = group ? (groupProgress(answers, [group])[0]?.open ?? []) : [];
  const attendees = attendeesOf(answers, definition.attendees.idPrefix);
  const known = attendees.filter(attendeeComplete).length;
  const incomplete = attendees.filter((a) => !attendeeComplete(a)).map((a) => a.id);
  const needAttendees = known < definition.readiness.minAttendees;
  return {
    ready: open.length === 0 && !needAttendees && incomplete.length === 0,
    open,
    known,
    incomplete,
    needAttendees,
  };
}

export interface DemoSums {
  /** Each figure's value in 万元 a year, or null when not entered. */
  values: Record<string, number | null>;
  /** The sum of the figures entered, or null when none is. */
  total: number | null;
  /** Figures not entered yet. */
  missing: string[];
}

/** Rounds away floating-point noise (0.1 + 0.2): figures are kept to hundredths of 万元. */
function roundHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

export function demoSums(answers: Answers, figures: readonly { id: string }[]): DemoSums {
  const values: Record<string, number | null> = {};
  const missing: string[] = [];
  let total: number | null = null;
  for (const figure of figures) {
    const value = readAmount(answers[figure.id]);
    values[figure.id] = value;
    if (value === null) missing.push(figure.id);
    else total = roundHundredths((total ?? 0) + value);
  }
  return { values, total, missing };
}

export interface DemoOutcomeAnswer {
  outcome: DemoOutcome | '';
  /** YYYY-MM-DD, or '' when not recorded. */
  date: string;
}

export function readOutcome(
  answers: Answers,
  outcome: Pick<DemoDefinition['outcome'], 'id' | 'dateId' | 'options'>,
): DemoOutcomeAnswer {
  const value = answers[outcome.id];
  const option = outcome.options.find((o) => o.id === value);
  return { outcome: option ? option.id : '', date: readDate(answers[outcome.dateId]) };
}

export interface DemoStatus {
  groups: GroupProgress[];
  done: number;
  total: number;
  readiness: DemoReadiness;
  sums: DemoSums;
  outcome: DemoOutcomeAnswer;
  /** An outcome is recorded without the demo's date. */
  outcomeUndated: boolean;
  /** Someone on the attendee list is marked as the decision-maker. */
  decisionMakerAttending: boolean;
}

export function demoStatus(
  answers: Answers,
  definition: Pick<DemoDefinition, 'groups' | 'readiness' | 'attendees' | 'sums' | 'outcome'>,
): DemoStatus {
  const groups = groupProgress(answers, definition.groups);
  const outcome = readOutcome(answers, definition.outcome);
  return {
    groups,
    done: groups.reduce((n, g) => n + g.done, 0),
    total: groups.reduce((n, g) => n + g.total, 0),
    readiness: demoReadiness(answers, definition),
    sums: demoSums(answers, definition.sums.figures),
    outcome,
    outcomeUndated: outcome.outcome !== '' && outcome.date === '',
    decisionMakerAttending: attendeesOf(answers, definition.attendees.idPrefix).some((a) => a.decisionMaker),
  };
}
