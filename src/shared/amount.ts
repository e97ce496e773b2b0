/**
 * The one parser for every money or count field of every tool, so the same text gives
 * the same value everywhere. Accepts what a rep types with a Chinese input method:
 * full-width digits (５０), a full-width or ideographic full stop, thousands separators
 * (1,200 and 1，200), spaces, and a trailing 万 or 万元 where the field's unit is 万元.
 * Refuses negatives and text; blank clears the field.
 */
export type AmountProblem = 'negative' | 'not-a-number' | 'not-whole';
export type ParsedAmount = { ok: true; value: number | null } | { ok: false; problem: AmountProblem };

export interface AmountRules {
  /** A count: only whole numbers. */
  integer?: boolean | undefined;
  /** The field's unit is 万元: a trailing 万 (or 万元) is the unit, not text. */
  wan?: boolean | undefined;
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)$/;

/** Full-width digits, stops and minus signs as ASCII; separators and spaces removed. */
function normalize(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\s,\uFF0C]/g, '');
}

export function parseAmount(raw: string, rules: AmountRules = {}): ParsedAmount {
  const text = normalize(raw);
  const number = rules.wan ? text.replace(/万元?$/, '') : text;
  if (text === '') return { ok: true, value: null };
  if (number.startsWith('-') && NUMBER.test(number.slice(1))) return { ok: false, problem: 'negative' };
  if (!NUMBER.test(number)) return { ok: false, problem: 'not-a-number' };
  const value = Number(number);
  if (rules.integer && !Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
  return { ok: true, value };
}
