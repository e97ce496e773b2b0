// What the negotiation tracker's parts get from the island.
import type { Lang } from '../../i18n/lang';
import type { NegotiationDefinition } from './definition';

export interface NegotiationProps {
  lang: Lang;
  definition: NegotiationDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}
