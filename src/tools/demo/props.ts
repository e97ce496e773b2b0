// What the demo preparation's parts get from the island.
import type { Lang } from '../../i18n/lang';
import type { ToolAccess } from '../shared/useToolAnswers';
import type { DemoDefinition } from './definition';
import type { DemoStatus } from './logic';

export interface DemoProps {
  lang: Lang;
  definition: DemoDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

/** A part that reads the deal's answers and their status, and saves. */
export type DemoPartProps = DemoProps & { tool: ToolAccess; status: DemoStatus };
