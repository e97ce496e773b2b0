// A verdict reason as a sentence, the one way the scorecard and the deal summary print it:
// numbers formatted as the page writes them (no grouping, amounts in 万).
import type { Lang } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import { formatNumber, type Reason } from './logic';

export function reasonText(reason: Reason, lang: Lang): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(reason.values)) {
    values[key] = typeof value === 'number' ? formatNumber(value, false) : value[lang];
  }
  return fill(reason.text[lang], values);
}
