// Whether a stage is not started, in progress (n of m checks of its gate met) or done, and
// how that reads: one rule and one wording for the deal board, the printed summary and the
// status beside "Go to the tool" at the top of each stage page.
import type { Answer } from '../../deals/schema';
import { fill } from '../../shared/fill';

export type StageState = 'not-started' | 'in-progress' | 'done';

export interface Gate {
  /** Checks of the stage's gate that are met. */
  met: number;
  /** Checks of the gate, including one for each warning or conflict that stands. */
  total: number;
}

/**
 * Whether an answer records something. An unticked box (`false`), an empty
 * text, list or record, and `null` do not: a rep who ticks a box and unticks
 * it again has not started that stage.
 */
export function hasAnswer(value: Answer | undefined): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === true) return true;
  if (Array.isArray(value)) return value.some((entry) => entry.trim() !== '');
  return Object.values(value).some((field) => hasAnswer(field));
}

/** Whether one tool's answers record anything at all. */
export function toolHasAnswers(answers: Readonly<Record<string, Answer>> | undefined): boolean {
  return answers !== undefined && Object.values(answers).some((value) => hasAnswer(value));
}

/** Not started while the stage's tool holds no answer; done when every check of its gate is met. */
export function stateOf(gate: Gate, own: Readonly<Record<string, Answer>> | undefined): StageState {
  if (!toolHasAnswers(own)) return 'not-started';
  return gate.met === gate.total ? 'done' : 'in-progress';
}

/** The board's wording of the three states (content/board.json). */
export interface StateStrings {
  stateNotStarted: string;
  /** Template: {met}, {total}. */
  stateInProgress: string;
  stateDone: string;
}

/** "Not started" / "In progress (3 of 13)" / "Done". */
export function stateText(t: StateStrings, stage: Gate & { state: StageState }): string {
  if (stage.state === 'done') return t.stateDone;
  if (stage.state === 'not-started') return t.stateNotStarted;
  return fill(t.stateInProgress, { met: stage.met, total: stage.total });
}
