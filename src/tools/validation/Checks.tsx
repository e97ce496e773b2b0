// The budget checked against 3–5% of the profit, and our expected price against the budget.
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import { amountText, figureText } from '../../shared/money';
import type { BudgetCheck, PriceCheck } from './logic';
import type { ValidationText } from './props';

export function budgetLines(
  lang: Lang,
  text: ValidationText,
  check: BudgetCheck,
  share: { low: number; high: number },
  profitLink: string,
): ComponentChildren {
  const pct = { lowPct: figureText(share.low), highPct: figureText(share.high) };
  if (check.range === null) {
    return (
      <p class="pb-warn-text">
        {fill(text.noProfit[lang], pct)} <a href={profitLink}>{text.fillProfit[lang]}</a>
      </p>
    );
  }
  const money = (wan: number) => amountText(wan, lang);
  const values = {
    ...pct,
    profit: money(check.profit ?? 0),
    low: money(check.range.low),
    high: money(check.range.high),
  };
  const budget = check.budget === null ? '' : money(check.budget);
  return (
    <>
      <p>{fill(text.itRange[lang], values)}</p>
      {check.position === null && <p>{text.budgetMissing[lang]}</p>}
      {check.position === 'within' && <p>{fill(text.budgetWithin[lang], { budget })}</p>}
      {check.position === 'below' && <p class="pb-warn-text">{fill(text.budgetBelow[lang], { budget })}</p>}
      {check.position === 'above' && <p class="pb-warn-text">{fill(text.budgetAbove[lang], { budget })}</p>}
    </>
  );
}

export function priceLines(lang: Lang, text: ValidationText, check: PriceCheck): ComponentChildren {
  if (check.planNeeded) {
    return (
      <p class="pb-notice pb-warn">
        {fill(text.priceBelow[lang], { gap: amountText(check.gap ?? 0, lang) })}{' '}
        {check.planMissing ? text.planMissing[lang] : text.planRecorded[lang]}
      </p>
    );
  }
  if (check.budget !== null && check.price !== null) return <p>{text.priceCovered[lang]}</p>;
  return <p>{text.priceUnknown[lang]}</p>;
}
