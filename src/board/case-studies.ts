// Schema of content/case-studies/cases.json: sample deals for training, in both
// languages. Zod runs at build time only; the island receives one language's
// cases as plain `CaseStudy` records (see case-study-deal.ts).
import { z } from 'astro/zod';
import { checkDeal, type ToolAnswers } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { itemId, localized, uniqueIds } from '../shared/schema';
import type { CaseStudy } from './case-study-deal';

/** Any JSON value; a `{zh, en}` object stands for a string in each language. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const json: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);

export const caseStudySchema = z.strictObject({
  /** Stable id of the case (used in test ids and element ids). */
  id: itemId,
  /** What the case teaches, shown on the board. */
  title: localized,
  summary: localized,
  /** The new deal's name and customer. */
  name: localized,
  customer: localized,
  notes: localized.optional(),
  /** By tool id, then item id, as the tools store them. */
  answers: z.record(z.string(), z.record(z.string(), json)),
});

export const caseStudiesDefinition = z
  .strictObject({
    $comment: z.string().optional(),
    cases: z.array(caseStudySchema).min(1),
  })
  .superRefine((data, ctx) => {
    uniqueIds(data.cases, ctx);
    // Each case must make a valid deal in both languages.
    for (const lang of ['zh', 'en'] as const) {
      for (const entry of data.cases) {
        const study = resolveCaseStudy(entry, lang);
        const check = checkDeal({
          id: 'case',
          name: study.name,
          customer: study.customer,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          answers: study.answers,
          notes: study.notes,
          rev: 0,
        });
        if (!check.ok)
          ctx.addIssue({
            code: 'custom',
            message: `case "${entry.id}" (${lang}): ${check.path} ${check.message}`,
          });
      }
    }
  });

export type CaseStudyData = z.infer<typeof caseStudySchema>;

function isLocalized(value: unknown): value is { zh: string; en: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  const record = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    keys[0] === 'en' &&
    keys[1] === 'zh' &&
    typeof record['zh'] === 'string' &&
    typeof record['en'] === 'string'
  );
}

/** Replaces every `{zh, en}` pair by the string in `lang`. */
export function localizeValue(value: unknown, lang: Lang): unknown {
  if (isLocalized(value)) return value[lang];
  if (Array.isArray(value)) return value.map((entry) => localizeValue(entry, lang));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, localizeValue(entry, lang)]));
  return value;
}

/** One case in one language, as the board receives it. */
export function resolveCaseStudy(entry: CaseStudyData, lang: Lang): CaseStudy {
  return {
    id: entry.id,
    title: entry.title[lang],
    summary: entry.summary[lang],
    name: entry.name[lang],
    customer: entry.customer[lang],
    notes: entry.notes?.[lang] ?? '',
    answers: localizeValue(entry.answers, lang) as ToolAnswers,
  };
}
