// Intl number formatters, each made once per locale and options: making one costs far more
// than using it, and the board works out amounts for every row it shows.
const formats = new Map<string, Intl.NumberFormat>();

/** `n` formatted as `new Intl.NumberFormat(locale, options)` would, from a formatter kept for reuse. */
export function formatNumberWith(locale: string, options: Intl.NumberFormatOptions, n: number): string {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format.format(n);
}
