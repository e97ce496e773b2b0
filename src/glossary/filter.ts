// The glossary's filter: which terms match what a reader typed. Pure, so it is tested apart
// from the page (src/components/GlossaryFilter.astro applies it to the headings).

/** Lower case, full-width letters and digits folded to ASCII, spaces removed. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Whether a term's text (heading and definition) holds the query; an empty query matches all. */
export function termMatches(termText: string, query: string): boolean {
  const q = normalise(query);
  return q === '' || normalise(termText).includes(q);
}

/**
 * The line under the field: empty with no query, `none` (with {query}) when nothing matches,
 * else `count` (with {shown} and {total}). Written out here rather than with shared/fill so
 * the glossary's script stays one small file.
 */
export function filterStatus(
  query: string,
  shown: number,
  total: number,
  text: { count: string; none: string },
): string {
  const q = query.trim();
  if (normalise(q) === '') return '';
  if (shown === 0) return text.none.replace('{query}', q);
  return text.count.replace('{shown}', String(shown)).replace('{total}', String(total));
}
