// Stage 2: which compelling events apply to a deal, and what still needs attention.
// An item's answer is {picked, evidence, owner, date, talkingPoint}.
import type { Answer } from '../../deals/schema';

export interface EventAnswer {
  picked: boolean;
  evidence: string;
  /** Who owns it on the customer's side. */
  owner: string;
  /** YYYY-MM-DD, or '' when not recorded. */
  date: string;
  /** The rep's point on the cost of not acting. */
  talkingPoint: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EVENT_ID = /^event-(\d+)$/;

function text(value: Answer | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** A saved event, with anything missing or malformed read as empty and not picked. */
export function readEvent(value: Answer | undefined): EventAnswer {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { picked: false, evidence: '', owner: '', date: '', talkingPoint: '' };
  }
  const date = text(value['date']);
  return {
    picked: value['picked'] === true,
    evidence: text(value['evidence']),
    owner: text(value['owner']),
    date: ISO_DATE.test(date) ? date : '',
    talkingPoint: text(value['talkingPoint']),
  };
}

/**
 * The picked events' ids in order: the playbook's order when its items are given,
 * otherwise by event number (event-2 before event-10), for readers without the definition.
 */
export function pickedEvents(
  answers: Readonly<Record<string, Answer>>,
  items?: readonly { id: string }[],
): string[] {
  const ids = items
    ? items.map((item) => item.id)
    : Object.keys(answers)
        .filter((id) => EVENT_ID.test(id))
        .toSorted((a, b) => eventNumber(a) - eventNumber(b));
  return ids.filter((id) => readEvent(answers[id]).picked);
}

function eventNumber(id: string): number {
  return Number(EVENT_ID.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

export type EventWarning =
  /** Nothing picked: the opportunity has no reason to buy now. */
  | { kind: 'none' }
  /** Only events we create (the promotion deadline): they support, never replace, the customer's own. */
  | { kind: 'only-ours' }
  /** A picked event's date is before today. */
  | { kind: 'date-passed'; id: string; date: string }
  /** A picked event without evidence: a gap, not yet a real event. */
  | { kind: 'no-evidence'; id: string };

/** Warnings for the deal's events, in the playbook's order. `today` is YYYY-MM-DD. */
export function eventWarnings(
  answers: Readonly<Record<string, Answer>>,
  today: string,
  items: readonly { id: string; ours?: boolean | undefined }[],
): EventWarning[] {
  const picked = items.filter((item) => readEvent(answers[item.id]).picked);
  if (picked.length === 0) return [{ kind: 'none' }];
  const warnings: EventWarning[] = [];
  if (picked.every((item) => item.ours === true)) warnings.push({ kind: 'only-ours' });
  for (const item of picked) {
    const event = readEvent(answers[item.id]);
    if (event.date !== '' && event.date < today)
      warnings.push({ kind: 'date-passed', id: item.id, date: event.date });
  }
  for (const item of picked) {
    if (readEvent(answers[item.id]).evidence.trim() === '')
      warnings.push({ kind: 'no-evidence', id: item.id });
  }
  return warnings;
}

/** A local calendar date as YYYY-MM-DD (not UTC: a rep's "today" is where they are). */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
