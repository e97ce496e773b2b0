// How the scorecard's worksheet and its stated rules (QualificationScorecard.astro,
// Rules.astro) print a size threshold: the question's label and "≥ minimum", an amount as
// money (RMB in English), a count with its unit.
import type { Lang } from '../../i18n/lang';
import { amountText } from '../../shared/money';
import type { QualificationItem } from './definition';

export function sizeLines(items: readonly QualificationItem[], lang: Lang) {
  const find = (id: string) => items.find((i) => i.id === id);
  const unitOf = (id: string) => {
    const item = find(id);
    return item?.kind === 'number' ? item.unit[lang] : '';
  };
  return {
    labelOf: (id: string) => find(id)?.label[lang] ?? id,
    lineOf: (id: string, min: number | undefined) => {
      const item = find(id);
      if (min === undefined) return '';
      return item?.kind === 'number' && item.money === true && lang === 'en'
        ? `≥ ${amountText(min, lang)}`
        : `≥ ${min} ${unitOf(id)}`;
    },
  };
}
