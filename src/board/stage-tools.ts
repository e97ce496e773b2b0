// Which tool each stage has, and whether a tool holds any answer: the base of
// every progress figure (progress.ts, summary.ts), kept apart so both can import it.
import stagesData from '../../content/stages.json' with { type: 'json' };
import type { Answer, ToolId } from '../deals/schema';
import { isToolId } from '../deals/constants';

/** The tools in stage order: stage n (1–7) is `STAGE_TOOLS[n - 1]`, the tool of the n-th entry of content/stages.json. */
export const STAGE_TOOLS: readonly ToolId[] = stagesData.stages.map(({ id, tool }) => {
  if (!isToolId(tool)) throw new Error(`content/stages.json: stage "${id}" names an unknown tool "${tool}"`);
  return tool;
});

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
