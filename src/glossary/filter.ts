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
