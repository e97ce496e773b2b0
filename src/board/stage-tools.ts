// Which tool each stage has, read from the stage registry (content/stages.json): the base of
// every progress figure, the team view, the calendar and the spreadsheet.
import stagesData from '../../content/stages.json' with { type: 'json' };
import type { ToolId } from '../deals/schema';
import { isToolId } from '../deals/constants';

/** The tools in stage order: stage n (1–7) is `STAGE_TOOLS[n - 1]`, the tool of the n-th entry of content/stages.json. */
export const STAGE_TOOLS: readonly ToolId[] = stagesData.stages.map(({ id, tool }) => {
  if (!isToolId(tool)) throw new Error(`content/stages.json: stage "${id}" names an unknown tool "${tool}"`);
  return tool;
});
