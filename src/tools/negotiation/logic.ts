// The negotiation tracker: steps done, the next step, the competitor list and
// the warnings. Pure functions over the tool's answers; "today" is passed in.
import { fieldsOf as fields, readDate, readText as str } from '../../deals/answers';
import type { Answer } from '../../deals/schema';
import type { NegotiationDefinition } from './definition';
import type { NegotiationWarningKind } from './warning-kinds';

export { NEGOTIATION_WARNING_KINDS } from './warning-kinds';

type Answers = Readonly<Record<string, Answer>>;

/** Today's date where the rep is, as YYYY-MM-DD. */

export interface StepAnswer {
  done: boolean;
  note: string;
}

export function readStep(value: Answer | undefined): StepAnswer {
  const f = fields(value);
  return { done: f?.['done'] === true, note: str(f?.['note']) };
}

export interface TrialAgreement {
  signed: boolean;
  /** YYYY-MM-DD, or ''. */
  date: string;
  note: string;
}

export function readTrial(value: Answer | undefined): TrialAgreement {
  const f = fields(value);
  return { signed: f?.['signed'] === true, date: readDate(f?.['date']), note: str(f?.['note']) };
}

/** A competitor's name as it is kept: trimmed, inner runs of spaces made one. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

const sameName = (a: string, b: string) =>
  cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();

/** The competitors saved, without blanks or repeats. */
export function readCompetitors(value: Answer | undefined): string[] {
  if (!Array.isArray(value)) return [];
  const list: string[] = [];
  for (const raw of value) {
    const name = cleanName(raw);
    if (name !== '' && !list.some((n) => sameName(n, name))) list.push(name);
  }
  return list;
}

export type AddResult =
  { ok: true; list: string[] } | { ok: false; reason: 'empty' | 'duplicate'; list: string[] };

/** Adds a competitor at the end of the list; a blank or an existing name (any case) is refused. */
export function addCompetitor(list: readonly string[], name: string): AddResult {
  const current = readCompetitors([...list]);
  const clean = cleanName(name);
  if (clean === '') return { ok: false, reason: 'empty', list: current };
  if (current.some((n) => sameName(n, clean))) return { ok: false, reason: 'duplicate', list: current };
  return { ok: true, list: [...current, clean] };
}

/** Removes a competitor by name (never by position). */
export function removeCompetitor(list: readonly string[], name: string): string[] {
  return readCompetitors([...list]).filter((n) => !sameName(n, name));
}

/** Puts a removed competitor back at its place in the list, unless the name is there again. */
export function restoreCompetitor(list: readonly string[], name: string, index: number): string[] {
  const current = readCompetitors([...list]);
  if (current.some((n) => sameName(n, name))) return current;
  return current.toSpliced(Math.min(Math.max(index, 0), current.length), 0, cleanName(name));
}

export type NegotiationWarning =
  /** The contract is signed but competitors are still listed. */
  | { kind: 'competitors-after-signing'; competitors: string[] }
  /** The expected close date is before today and the contract is not signed. */
  | { kind: 'close-date-passed'; date: string }
  /** The contract is signed but payment method or terms are empty. */
  | { kind: 'payment-missing'; fields: string[] };

// Fails to compile when a warning kind is added here without listing it in warning-kinds.ts, or the other way round.
const everyKindListed: [
  Exclude<NegotiationWarning['kind'], NegotiationWarningKind>,
  Exclude<NegotiationWarningKind, NegotiationWarning['kind']>,
] extends [never, never]
  ? true
  : never = true;
void everyKindListed;

export interface NegotiationStatus {
  done: number;
  total: number;
  complete: boolean;
  /** The first step not done yet, in the playbook's order. */
  next: string | null;
  contractSigned: boolean;
  competitors: string[];
  closeDate: string;
  warnings: NegotiationWarning[];
}

export function negotiationStatus(
  answers: Answers,
  definition: Pick<NegotiationDefinition, 'steps' | 'fields' | 'rules'>,
  today: string,
): NegotiationStatus {
  const steps = definition.steps.map((s) => ({ id: s.id, ...readStep(answers[s.id]) }));
  const done = steps.filter((s) => s.done).length;
  const { fields: f, rules } = definition;
  const contractSigned = readStep(answers[rules.contractSigned]).done;
  const competitors = readCompetitors(answers[f.competitors.id]);
  const closeDate = readDate(answers[f.closeDate.id]);

  const warnings: NegotiationWarning[] = [];
  if (contractSigned && competitors.length > 0)
    warnings.push({ kind: 'competitors-after-signing', competitors });
  if (!contractSigned && closeDate !== '' && closeDate < today)
    warnings.push({ kind: 'close-date-passed', date: closeDate });
  if (contractSigned) {
    const missing = [f.paymentMethod.id, f.paymentTerms.id].filter((id) => str(answers[id]).trim() === '');
    if (missing.length > 0) warnings.push({ kind: 'payment-missing', fields: missing });
  }

  return {
    done,
    total: steps.length,
    complete: done === steps.length,
    next: steps.find((s) => !s.done)?.id ?? null,
    contractSigned,
    competitors,
    closeDate,
    warnings,
  };
}
