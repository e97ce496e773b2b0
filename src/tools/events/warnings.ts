// The event picker's warnings, apart from logic.ts: other tools and the deal
// board read picked events, and need not load these rules with them.
import type { Answer } from '../../deals/schema';
import { readEvent } from './logic';

export type EventWarning =
  /** Nothing picked: the opportunity has no reason to buy now. */
  | { kind: 'none' }
  /** Only events we create (the promotion deadline): they support, never replace, the customer's own. */
  | { kind: 'only-ours' }
  /** A picked event's date is before today. */
  | { kind: 'date-passed'; id: string; date: string }
  /** A picked event without evidence: a gap, not yet a real event. */
  | { kind: 'no-evidence'; id: string };

/** Every kind of warning, each stated as a rule on the page (content/tools/events.json statedRules). */
export const EVENT_WARNING_KINDS = [
  'none',
  'only-ours',
  'date-passed',
  'no-evidence',
] as const satisfies readonly EventWarning['kind'][];
// Fails to compile when a warning kind is added without listing it above.
const everyKindListed: Exclude<EventWarning['kind'], (typeof EVENT_WARNING_KINDS)[number]> extends never
  ? true
  : never = true;
void everyKindListed;

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
