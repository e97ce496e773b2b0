// Which tool each stage has, and whether a tool holds any answer: the base of
// every progress figure (progress.ts, summary.ts), kept apart so both can import it.
import stagesData from '../../content/stages.json' with { type: 'json' };
import type { ToolId } from '../deals/schema';
import { isToolId } from '../deals/constants';

/** The tools in stage order: stage n (1–7) is `STAGE_TOOLS[n - 1]`, the tool of the n-th entry of content/stages.json. */
export const STAGE_TOOLS: readonly ToolId[] = stagesData.stages.map(({ id, tool }) => {
  if (!isToolId(tool)) throw new Error(`content/stages.json: stage "${id}" names an unknown tool "${tool}"`);
  return tool;
});

// The rule of what counts as an answer lives with the tools; the board reads it from there.
export { hasAnswer, toolHasAnswers } from '../tools/shared/stage-state';
