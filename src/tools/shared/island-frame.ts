// What every tool island gets from its page besides its own data: the page's language,
// the shared chrome's strings and the copy-link control's name, in that language only.
import type { Lang } from '../../i18n/lang';
import { chromeStrings } from '../../i18n/ui';
import { linkText } from '../../links/text';

export function islandFrame(lang: Lang) {
  return { lang, chrome: chromeStrings(lang), itemLink: linkText(lang).item };
}
