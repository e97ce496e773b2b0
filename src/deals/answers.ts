// One reader per kind of stored answer, shared by every tool, the board, the deal summary
// and the share panel: whatever is stored, a reader gives a usable value, and anything
// missing or malformed reads as "not answered".
import type { Answer } from './schema';

export type Fields = Readonly<Record<string, Answer>>;

/** A structured answer's fields ({done, note}, {picked, evidence, …}), or null when it is not one. */
export function fieldsOf(value: Answer | undefined): Fields | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

/** A tick: only `true` is ticked. */
export function readChecked(value: Answer | undefined): boolean {
  return value === true;
}

/** Text, or '' when none is stored. */
export function readText(value: Answer | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** One of `options`, or '' when the stored value is not one of them. */
export function readChoice<T extends string>(value: Answer | undefined, options: readonly T[]): T | '' {
  return options.find((option) => option === value) ?? '';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date as YYYY-MM-DD, or '' when it is not one. */
export function readDate(value: Answer | undefined): string {
  const text = readText(value);
  return ISO_DATE.test(text) ? text : '';
}

/** An amount or count: a finite number, not negative; anything else is not entered. */
export function readAmount(value: Answer | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
