/**
 * The one way generated text writes a figure, in every tool, the board and the summary.
 * A figure (a count, or an amount in 万元 (units of RMB 10,000)) is written as the playbook writes
 * it: at most two decimals, no thousands separator ("12000 万元", "50 人"). Chinese templates put
 * 万元 after the figure; English ones get the amount in RMB with the 万 figure the rep will hear
 * beside it: "RMB 120 million (12000万)", "RMB 144,000 (14.4万)". Whole yuan are grouped ("145,000").
 */
import type { Lang } from '../i18n/lang';
import { formatDecimal } from './number-format';

const grouped = (n: number, digits: number) => formatDecimal(n, digits);

/** A count or a 万 figure as the playbook writes it: 2000 → "2000", 1/3 → "0.33". */
export function figureText(n: number): string {
  return formatDecimal(n, 2, false);
}

/** An amount in 万元 as whole yuan. */
export function yuanOf(wan: number): number {
  return Math.round(wan * 10000);
}

/** An amount in 万元 as whole yuan for reading, the same in both languages: 14.5 → "145,000". */
export function yuanText(wan: number): string {
  return grouped(yuanOf(wan), 0);
}

/** An amount in 万元 in English: RMB millions from RMB 1 million up, whole yuan below, the 万 figure beside. */
export function amountInEnglish(wan: number): string {
  const yuan = yuanOf(wan);
  if (yuan === 0) return 'RMB 0';
  const rmb = yuan >= 1_000_000 ? `RMB ${grouped(yuan / 1_000_000, 2)} million` : `RMB ${grouped(yuan, 0)}`;
  return `${rmb} (${figureText(wan)}万)`;
}

/** An amount in 万元 for a template in `lang`: zh the bare figure ("12000"), en `amountInEnglish`. */
export function amountText(wan: number, lang: Lang): string {
  return lang === 'zh' ? figureText(wan) : amountInEnglish(wan);
}

/** The amount in both languages, for text filled later in either (a verdict reason, a rule). */
export function amountValue(wan: number): { zh: string; en: string } {
  return { zh: amountText(wan, 'zh'), en: amountText(wan, 'en') };
}
