/**
 * A question typed into search, made into a shorter query: Pagefind finds a page only
 * when it holds every word of the query, so "如何拿到尾款" or "how do I get the final
 * payment" find nothing. The shorter query drops the words a question is made of
 * (content/search.json) and keeps the subject's words; each is searched on its own and
 * the pages are ranked by their summed scores, as a ranking by relevance (BM25, which
 * Pagefind's is) ranks a query that matches any of its words.
 */
import search from '../../content/search.json' with { type: 'json' };

const QUESTION_WORDS = new Set([...search.questionWords.zh, ...search.questionWords.en]);

// Chinese has no spaces: cut words as Pagefind cuts a Chinese query (Intl.Segmenter, by word).
const WORDS = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export interface ShorterQuery {
  /** The subject's words, each searched on its own. */
  terms: string[];
  /** The terms as the reader is told the results are for ("拿到 尾款"). */
  text: string;
}

/** The question's subject words, or null when nothing would be left or nothing would be dropped from a single word. */
export function shorterQuery(query: string): ShorterQuery | null {
  const words = [...WORDS.segment(query.normalize('NFKC'))]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment.toLowerCase().replace(/['’]/g, ''));
  const terms = [...new Set(words.filter((word) => !QUESTION_WORDS.has(word)))];
  // One word that is the whole query: the full search already asked for it.
  if (terms.length === 0 || (words.length === 1 && terms.length === 1)) return null;
  return { terms, text: terms.join(' ') };
}

/** A search hit: Pagefind's result id and score. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Pages for the shorter query, best first: a page's score is the sum of its scores for
 * each term, so a page with several of the terms ranks above one with a single term of the
 * same weight, and a page with all of them (what the whole query found) ranks high without
 * being put first: a whole question often matches a page only through its small words.
 */
export function rankAnyTerm<T extends Hit>(perTerm: readonly (readonly T[])[]): T[] {
  const summed = new Map<string, { hit: T; score: number }>();
  for (const hits of perTerm)
    for (const hit of hits) {
      const seen = summed.get(hit.id);
      summed.set(hit.id, { hit: seen?.hit ?? hit, score: (seen?.score ?? 0) + hit.score });
    }
  return [...summed.values()].sort((a, b) => b.score - a.score).map(({ hit }) => hit);
}
