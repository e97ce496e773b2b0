// What every tool island gets from its page besides its own data: the page's language,
// the shared chrome's strings, the copy-link control's name and the board's wording of a
// stage's state (for the status at the page's top), in that language only.
import boardData from '../../../content/board.json';
import type { Lang } from '../../i18n/lang';
import { chromeStrings } from '../../i18n/ui';
import { linkText } from '../../links/text';
import type { StateStrings } from './stage-state';

function stateStrings(lang: Lang): StateStrings {
  const { stateNotStarted, stateInProgress, stateDone } = boardData.text;
  return {
    stateNotStarted: stateNotStarted[lang],
    stateInProgress: stateInProgress[lang],
    stateDone: stateDone[lang],
  };
}

export function islandFrame(lang: Lang) {
  return { lang, chrome: chromeStrings(lang), itemLink: linkText(lang).item, states: stateStrings(lang) };
}
