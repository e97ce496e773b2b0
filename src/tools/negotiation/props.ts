// What the negotiation tracker's parts get from the island.
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import type { NegotiationDefinition } from './definition';

export interface NegotiationBase {
  lang: Lang;
  definition: NegotiationDefinition;
}

export interface NegotiationProps extends NegotiationBase {
  /** The shared chrome's strings in the page's language (content/tool-chrome.json). */
  chrome: ChromeStrings;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}
