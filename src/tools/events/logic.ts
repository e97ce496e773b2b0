// Stage 2: which compelling events apply to a deal, and what still needs attention.
// An item's answer is {picked, evidence, owner, date, talkingPoint}.
import { readDate, readText as text } from '../../deals/answers';
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

const EVENT_ID = /^event-(\d+)$/;

/** A saved event, with anything missing or malformed read as empty and not picked. */
export function readEvent(value: Answer | undefined): EventAnswer {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { picked: false, evidence: '', owner: '', date: '', talkingPoint: '' };
  }
  return {
    picked: value['picked'] === true,
    evidence: text(value['evidence']),
    owner: text(value['owner']),
    date: readDate(value['date']),
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
