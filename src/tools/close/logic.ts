// Close readiness: the six purchase conditions, each answered {holds, evidence},
// and the earlier answers in the same deal that disagree with a ticked condition.
import { fieldsOf, readText } from '../../deals/answers';
import type { Answer, ToolId } from '../../deals/schema';
import type { CloseDefinition } from './definition';

export interface ConditionAnswer {
  holds: boolean;
  evidence: string;
}

/** A saved condition, or "does not hold, no evidence" when nothing usable is stored. */
export function readCondition(value: Answer | undefined): ConditionAnswer {
  const fields = fieldsOf(value);
  return { holds: fields?.['holds'] === true, evidence: readText(fields?.['evidence']) };
}

export type ConditionState = 'met' | 'not-held' | 'no-evidence';

/**
 * A condition is met only when it is ticked as holding AND has evidence: the
 * page asks for visible evidence behind each one, so a tick alone is a gap.
 */
export function conditionState(answer: ConditionAnswer): ConditionState {
  if (!answer.holds) return 'not-held';
  return answer.evidence.trim() === '' ? 'no-evidence' : 'met';
}

export interface Conflict {
  /** The rule's id in the data, e.g. "competitor-listed". */
  id: string;
  /** The ticked condition it disagrees with. */
  condition: string;
  /** The entries found, for a `listed` rule (e.g. the competitors' names); else empty. */
  values: string[];
}

export interface CloseReadiness {
  met: number;
  total: number;
  /**
   * Ready to close: all conditions met (each holds and has evidence) and no conflict
   * standing. A conflict does not lower `met`: the condition is ticked with evidence,
   * but earlier answers say otherwise, and that must be settled before signing.
   */
  ready: boolean;
  /** Conditions not met, in the playbook's order (not ticked, or ticked without evidence). */
  missing: string[];
  /** The part of `missing` that is ticked but has no evidence. */
  noEvidence: string[];
  /** Earlier answers in the deal that say otherwise than a ticked condition. */
  conflicts: Conflict[];
}

type AnswersByTool = Readonly<Partial<Record<ToolId, Readonly<Record<string, Answer>>>>>;
type Rule = CloseDefinition['conflicts'][number];

/** The non-blank entries of a text list; anything else is "not recorded". */
function listedEntries(value: Answer | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((entry: unknown) => (typeof entry === 'string' ? entry.trim() : ''))
    .filter((entry) => entry !== '');
}

function recordedText(value: Answer | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Whether another tool's answer contradicts a ticked condition; the entries that do, for lists. */
export function checkRule(rule: Pick<Rule, 'when' | 'value'>, value: Answer | undefined): string[] | null {
  switch (rule.when) {
    case 'listed': {
      const entries = listedEntries(value);
      return entries.length > 0 ? entries : null;
    }
    case 'blank':
      return recordedText(value) === '' ? [] : null;
    case 'not-equal':
      return recordedText(value) !== rule.value ? [] : null;
  }
}

/**
 * Close readiness of a deal from all its answers (`deal.answers`): the close
 * tool's conditions, and the other tools' answers the conflict rules name.
 * Answers may be missing or of the wrong type (other tools change): those read
 * as not recorded, never as a pass.
 */
export function closeReadiness(
  answers: AnswersByTool,
  definition: Pick<CloseDefinition, 'items' | 'conflicts'>,
): CloseReadiness {
  const close = answers.close ?? {};
  const held = new Set<string>();
  const missing: string[] = [];
  const noEvidence: string[] = [];
  for (const item of definition.items) {
    const answer = readCondition(close[item.id]);
    if (answer.holds) held.add(item.id);
    const state = conditionState(answer);
    if (state !== 'met') missing.push(item.id);
    if (state === 'no-evidence') noEvidence.push(item.id);
  }

  const conflicts: Conflict[] = [];
  for (const rule of definition.conflicts) {
    if (!held.has(rule.condition)) continue;
    const values = checkRule(rule, answers[rule.tool]?.[rule.item]);
    if (values) conflicts.push({ id: rule.id, condition: rule.condition, values });
  }

  const total = definition.items.length;
  const met = total - missing.length;
  return {
    met,
    total,
    ready: total > 0 && met === total && conflicts.length === 0,
    missing,
    noEvidence,
    conflicts,
  };
}
