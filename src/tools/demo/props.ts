// What the demo preparation's parts get from the island.
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import type { ToolAccess } from '../shared/useToolAnswers';
import type { DemoDefinition } from './definition';
import type { DemoStatus } from './logic';

export interface DemoBase {
  lang: Lang;
  definition: DemoDefinition;
}

export interface DemoProps extends DemoBase {
  /** The shared chrome's strings in the page's language (content/tool-chrome.json). */
  chrome: ChromeStrings;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

/** A part that reads the deal's answers and their status, and saves. */
export type DemoPartProps = DemoBase & { tool: ToolAccess; status: DemoStatus };
