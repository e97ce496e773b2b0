// A verdict reason as a sentence, the one way the scorecard and the deal summary print it:
// numbers written as the page writes them (figureText: no grouping, amounts in 万).
import type { Lang } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import { figureText } from '../../shared/money';
import type { Reason } from './logic';

export function reasonText(reason: Reason, lang: Lang): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(reason.values)) {
    values[key] = typeof value === 'number' ? figureText(value) : value[lang];
  }
  return fill(reason.text[lang], values);
}
