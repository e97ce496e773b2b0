// The class review of a case-study exercise: every loaded deal made from the case is a
// participant. For each item, the case's reference answer, how many participants gave
// each answer, and who differs. Answers are compared on what the rep decided (ticks,
// choices, numbers, a status), not on free text such as evidence notes, which always
// differs from person to person.
import type { CaseStudy } from '../board/case-study-deal';
import type { Answer, Deal, ToolId } from '../deals/schema';
import { STAGE_TOOLS } from '../board/stage-tools';
import { hasAnswer } from '../tools/shared/stage-state';
import { caseOfDeal, type CaseSignature } from './case-marker';

/**
 * A tool's item as the review lists it (built from the tools' data at build time). The
 * list also holds the tools' options (id and label), which name the answers.
 */
export interface ReviewItem {
  tool: ToolId;
  id: string;
  label: string;
  /** The item's section on its stage page. */
  href: string;
}

/** Fields of a structured answer that record a decision rather than a note. */
const DECISION_FIELDS = new Set(['status', 'outcome']);

type Decision = string | number | boolean | readonly string[] | Readonly<Record<string, unknown>> | null;

/** What an answer decides; null when it records nothing. */
export function decisionOf(value: Answer | undefined): Decision {
  if (!hasAnswer(value) || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value))
    return value
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
      .sort();
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  const decided = entries.filter(
    ([key, field]) => typeof field === 'boolean' || (DECISION_FIELDS.has(key) && field !== ''),
  );
  // Text only (no tick or status): the text is the answer.
  const kept = decided.length > 0 ? decided : entries.filter(([, field]) => hasAnswer(field as Answer));
  return Object.fromEntries(kept.map(([key, field]) => [key, decisionOf(field as Answer)]));
}

export interface ReviewText {
  yes: string;
  no: string;
  none: string;
  /** Between the entries of a list ("、" in Chinese, ", " in English). */
  separator: string;
}

/**
 * A decision as one line of text, e.g. "yes" (a ticked event) or "Finance, 进销存": an
 * option's id shows as its label when `labels` (the tool's ids and labels) knows it.
 */
export function decisionText(
  decision: Decision,
  t: ReviewText,
  labels: ReadonlyMap<string, string> = new Map(),
): string {
  if (decision === null) return t.none;
  if (typeof decision === 'boolean') return decision ? t.yes : t.no;
  if (typeof decision === 'number') return String(decision);
  if (typeof decision === 'string') return labels.get(decision) ?? decision;
  if (Array.isArray(decision))
    return decision.map((entry: string) => labels.get(entry) ?? entry).join(t.separator);
  const fields = Object.entries(decision);
  // One decision (a tick, a status): its value says it all; the field's name is the tool's own word.
  if (fields.length === 1) return decisionText(fields[0]![1] as Decision, t, labels);
  return fields
    .map(([key, field]) => `${labels.get(key) ?? key}: ${decisionText(field as Decision, t, labels)}`)
    .join('; ');
}

export interface AnswerGroup {
  text: string;
  matches: boolean;
  participants: Deal[];
}

export interface ItemReview {
  item: ReviewItem;
  reference: string;
  groups: AnswerGroup[];
  /** Participants whose answer differs from the reference. */
  differ: Deal[];
}

export interface ClassReview {
  participants: Deal[];
  items: ItemReview[];
}

/** The deals made from `study` (its id names it, or an older deal carries its marks), by name. */
export function participantsOf(
  study: Pick<CaseStudy, 'id'>,
  deals: readonly Deal[],
  signatures: readonly CaseSignature[],
): Deal[] {
  return deals
    .filter((deal) => caseOfDeal(deal, signatures) === study.id)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }) || a.id.localeCompare(b.id));
}

/** Items in the playbook's order; items the list does not know (but someone answered) follow their tool's. */
function itemsToReview(
  study: CaseStudy,
  participants: readonly Deal[],
  known: readonly ReviewItem[],
): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const tool of STAGE_TOOLS) {
    const answered = (id: string) =>
      hasAnswer(study.answers[tool]?.[id]) ||
      participants.some((deal) => hasAnswer(deal.answers[tool]?.[id]));
    const listed = known.filter((item) => item.tool === tool);
    items.push(...listed.filter((item) => answered(item.id)));
    const ids = new Set([study, ...participants].flatMap((deal) => Object.keys(deal.answers[tool] ?? {})));
    for (const id of [...ids].sort())
      if (!listed.some((item) => item.id === id) && answered(id))
        items.push({ tool, id, label: id, href: listed[0]?.href.replace(/#.*$/, '#tool') ?? '' });
  }
  return items;
}

export function classReview(
  study: CaseStudy,
  deals: readonly Deal[],
  known: readonly ReviewItem[],
  t: ReviewText,
  signatures: readonly CaseSignature[],
): ClassReview {
  const participants = participantsOf(study, deals, signatures);
  const labelsOf = new Map(
    STAGE_TOOLS.map((tool) => [
      tool,
      new Map(known.filter((entry) => entry.tool === tool).map((entry) => [entry.id, entry.label])),
    ]),
  );
  const items = itemsToReview(study, participants, known).map((item): ItemReview => {
    const labels = labelsOf.get(item.tool);
    const key = (answer: Answer | undefined) => JSON.stringify(decisionOf(answer));
    const reference = study.answers[item.tool]?.[item.id];
    const referenceKey = key(reference);
    const groups = new Map<string, AnswerGroup>();
    for (const deal of participants) {
      const answer = deal.answers[item.tool]?.[item.id];
      const k = key(answer);
      const group = groups.get(k) ?? {
        text: decisionText(decisionOf(answer), t, labels),
        matches: k === referenceKey,
        participants: [],
      };
      group.participants.push(deal);
      groups.set(k, group);
    }
    const sorted = [...groups.values()].sort(
      (a, b) => Number(b.matches) - Number(a.matches) || b.participants.length - a.participants.length,
    );
    return {
      item,
      reference: decisionText(decisionOf(reference), t, labels),
      groups: sorted,
      differ: sorted.filter((group) => !group.matches).flatMap((group) => group.participants),
    };
  });
  return { participants, items };
}
