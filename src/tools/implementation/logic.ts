// Progress through the implementation steps. An item's answer is {done, date}, plus
// {notApplicable: true} for a step the process lets this customer skip (step 3, run as
// a project, is for project-type customers only). A skipped step counts as settled,
// so a small customer's deal can be completed.
import { fieldsOf, readText } from '../../deals/answers';
import type { Answer } from '../../deals/schema';
import type { ImplementationItem } from './definition';

export interface StepAnswer {
  done: boolean;
  /** YYYY-MM-DD, or '' when not recorded. */
  date: string;
  /** Marked "not applicable" for this customer; only steps that allow it (`skippable`) can be. */
  notApplicable: boolean;
}

type StepItem = Pick<ImplementationItem, 'id'> & Partial<Pick<ImplementationItem, 'skippable'>>;

/** A saved step; anything missing or malformed reads as not done. */
export function readStep(value: Answer | undefined, item?: StepItem): StepAnswer {
  const fields = fieldsOf(value);
  return {
    done: fields?.['done'] === true,
    date: readText(fields?.['date']),
    // A step the playbook no longer lets anyone skip is read as not skipped; the saved flag stays.
    notApplicable: fields?.['notApplicable'] === true && item?.skippable !== undefined,
  };
}

export interface ImplementationProgress {
  /** Steps done. */
  done: number;
  /** Steps marked not applicable for this customer, in the playbook's order. */
  notApplicable: string[];
  total: number;
  /** Every step is done or not applicable. */
  complete: boolean;
  /** The first step neither done nor not applicable, in the playbook's order. */
  next: string | null;
  /** Steps marked done without a date: the checklist asks for one. */
  undated: string[];
}

export function implementationProgress(
  answers: Readonly<Record<string, Answer>>,
  items: readonly StepItem[],
): ImplementationProgress {
  const steps = items.map((item) => ({ id: item.id, ...readStep(answers[item.id], item) }));
  const skipped = steps.filter((s) => s.notApplicable && !s.done);
  const done = steps.filter((s) => s.done);
  const open = steps.filter((s) => !s.done && !s.notApplicable);
  return {
    done: done.length,
    notApplicable: skipped.map((s) => s.id),
    total: steps.length,
    complete: open.length === 0,
    next: open[0]?.id ?? null,
    undated: done.filter((s) => s.date === '').map((s) => s.id),
  };
}
