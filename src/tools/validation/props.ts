// What the opportunity validation's parts get from the island.
import type { Lang, Localized } from '../../i18n/lang';
import type { ValidationDefinition } from './definition';

export interface ValidationProps {
  lang: Lang;
  definition: ValidationDefinition;
  /** The compelling events of stage 2, to show the deal's picks under their question. */
  events: readonly { id: string; label: Localized }[];
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

export type ValidationText = ValidationDefinition['text'];
