// Numbers for reading, as `new Intl.NumberFormat('en' or 'zh-CN', { maximumFractionDigits,
// useGrouping })` writes them (both use "," and "."), worked out without Intl: the first Intl
// formatter a page makes loads the browser's number data, about 27 ms on this machine, and
// the board met it at start in every row's verdict. tests/shared/number-format.test.ts
// compares the two on thousands of numbers.

/** The digits `digits` (no sign, no point) plus one in the last place: "0999" → "1000". */
function plusOne(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/** "1234567" → "1,234,567". */
function grouped(int: string): string {
  return int.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * `n` with at most `maximumFractionDigits` decimals, rounded half away from zero from its shortest
 * decimal form (as Intl does: 1.005 → "1.01"), trailing zeros dropped, thousands grouped unless
 * `grouping` is false.
 */
export function formatDecimal(n: number, maximumFractionDigits: number, grouping = true): string {
  const text = String(Math.abs(n));
  // NaN, Infinity and exponent forms (below 1e-6, from 1e21): rare enough to hand to Intl.
  if (!Number.isFinite(n) || text.includes('e'))
    return new Intl.NumberFormat('en', { maximumFractionDigits, useGrouping: grouping }).format(n);
  const [whole = '0', fraction = ''] = text.split('.');
  let int = whole;
  let frac = fraction;
  if (frac.length > maximumFractionDigits) {
    const up = frac.charCodeAt(maximumFractionDigits) >= 53; // the next digit is 5 or more
    const kept = int + frac.slice(0, maximumFractionDigits);
    const rounded = up ? plusOne(kept) : kept;
    int = rounded.slice(0, rounded.length - maximumFractionDigits) || '0';
    frac = rounded.slice(rounded.length - maximumFractionDigits);
  }
  frac = frac.replace(/0+$/, '');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${grouping ? grouped(int) : int}${frac ? `.${frac}` : ''}`;
}
