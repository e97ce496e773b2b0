/**
 * The one way generated text writes an amount held in 万元 (units of RMB 10,000). Chinese
 * templates put 万元 after the figure ("12000 万元"); English ones get the amount in RMB with
 * the 万 figure the rep will hear beside it: "RMB 120 million (12000万)", "RMB 144,000 (14.4万)".
 */
import { formatDecimal } from './number-format';

type Lang = 'zh' | 'en';

const plain = (n: number) => formatDecimal(n, 2, false);
const grouped = (n: number, digits: number) => formatDecimal(n, digits);

/** An amount in 万元 in English: RMB millions from RMB 1 million up, whole yuan below, the 万 figure beside. */
export function amountInEnglish(wan: number): string {
  const yuan = Math.round(wan * 10000);
  if (yuan === 0) return 'RMB 0';
  const rmb = yuan >= 1_000_000 ? `RMB ${grouped(yuan / 1_000_000, 2)} million` : `RMB ${grouped(yuan, 0)}`;
  return `${rmb} (${plain(wan)}万)`;
}

/** An amount in 万元 for a template in `lang`: zh the bare figure ("12000"), en `amountInEnglish`. */
export function amountText(wan: number, lang: Lang): string {
  return lang === 'zh' ? plain(wan) : amountInEnglish(wan);
}

/** The amount in both languages, for text filled later in either (a verdict reason, a rule). */
export function amountValue(wan: number): { zh: string; en: string } {
  return { zh: amountText(wan, 'zh'), en: amountText(wan, 'en') };
}
