// Progress through the implementation steps. An item's answer is {done, date}.
import { fieldsOf, readText } from '../../deals/answers';
import type { Answer } from '../../deals/schema';
import type { ChecklistItem } from '../../shared/schema';

export interface StepAnswer {
  done: boolean;
  /** YYYY-MM-DD, or '' when not recorded. */
  date: string;
}

export function readStep(value: Answer | undefined): StepAnswer {
  const fields = fieldsOf(value);
  return { done: fields?.['done'] === true, date: readText(fields?.['date']) };
}

export interface ImplementationProgress {
  done: number;
  total: number;
  complete: boolean;
  /** The first step not yet done, in the playbook's order. */
  next: string | null;
  /** Steps marked done without a date: the checklist asks for one. */
  undated: string[];
}

export function implementationProgress(
  answers: Readonly<Record<string, Answer>>,
  items: readonly Pick<ChecklistItem, 'id'>[],
): ImplementationProgress {
  const steps = items.map((item) => ({ id: item.id, ...readStep(answers[item.id]) }));
  const done = steps.filter((s) => s.done);
  return {
    done: done.length,
    total: steps.length,
    complete: done.length === steps.length,
    next: steps.find((s) => !s.done)?.id ?? null,
    undated: done.filter((s) => s.date === '').map((s) => s.id),
  };
}
