// The case studies' signatures for the class review, built at build time from
// content/case-studies/cases.json: what loading a case writes into a deal, in both
// languages, so an older deal without the case in its id is still recognised.
import type { CaseStudyData } from '../board/case-studies';
import type { Lang } from '../i18n/lang';
import type { CaseSignature } from './case-marker';

const LANGS: readonly Lang[] = ['zh', 'en'];

/** The case's given figures: every answer that is a plain number (head count, revenue…). */
function factsOf(answers: CaseStudyData['answers']): CaseSignature['facts'] {
  const facts: Record<string, Record<string, number>> = {};
  for (const [tool, items] of Object.entries(answers))
    for (const [item, value] of Object.entries(items))
      if (typeof value === 'number') (facts[tool] ??= {})[item] = value;
  return facts;
}

export function caseSignatures(cases: readonly CaseStudyData[]): CaseSignature[] {
  return cases.map((entry) => ({
    id: entry.id,
    names: LANGS.map((lang) => entry.name[lang]),
    customers: LANGS.map((lang) => entry.customer[lang]),
    notes: LANGS.map((lang) => entry.notes?.[lang] ?? ''),
    facts: factsOf(entry.answers),
  }));
}
