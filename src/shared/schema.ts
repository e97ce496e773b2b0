// Building blocks of the tools' data schemas (content/tools/*.json). Zod from
// astro/zod runs at build time only: islands import these types, never the schemas.
import { z } from 'astro/zod';

/** Item ids are answers' keys in stored deals: stable, never positional. */
export const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by "-"');

export const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** A label with optional help text, in both languages. */
export const labelled = z.strictObject({
  label: localized,
  help: localized.optional(),
});

/** A checklist item: a stable id, both languages' text, and the page section that explains it. */
export const checklistItem = labelled.extend({
  id: itemId,
  /** Section anchor on the stage page (content/anchors.json), e.g. "step-1". */
  anchor: itemId,
});

/** Rejects lists whose ids repeat: each id is a storage key. */
export function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  }
}

/** A list of entries with unique ids (each id is a storage key), at least `min` of them. */
export function listById<T extends z.ZodType<{ id: string }>>(entry: T, min = 0) {
  return z.array(entry).min(min).superRefine(uniqueIds);
}

export type LocalizedText = z.infer<typeof localized>;
export type ChecklistItem = z.infer<typeof checklistItem>;

/**
 * Whose rule it is: "process" is the company's sales process itself; "practice" is what the
 * team adds to apply the process to a real customer (e.g. a processing company is held to the
 * production companies' 50-person line).
 */
export const ruleOrigin = z.enum(['process', 'practice']);

/**
 * A rule a tool applies, as its stage page states it (rendered from here by the tool's
 * Rules component). `{placeholders}` in the text are filled from the tool's own rule data,
 * so the page's figures are the figures the tool computes with.
 */
export const statedRule = z.strictObject({
  id: itemId,
  origin: ruleOrigin,
  /** The page section that explains it. */
  anchor: itemId,
  text: localized,
});

/** Requires a stated rule for each id a tool's logic applies: no rule missing from the page. */
export function statesEvery(
  ids: readonly string[],
  rules: readonly { id: string }[],
  ctx: z.RefinementCtx,
): void {
  const stated = new Set(rules.map((r) => r.id));
  for (const id of ids)
    if (!stated.has(id)) ctx.addIssue({ code: 'custom', message: `rule "${id}" is applied but not stated` });
}

/** The rules a tool applies, as its stage page states them (its Rules component). */
export const statedRules = listById(statedRule);

/** What every tool's definition starts with: which tool it is, its title and its intro. */
export function toolHead<const Tool extends string>(tool: Tool) {
  return { tool: z.literal(tool), title: localized, intro: localized };
}

export type RuleOrigin = z.infer<typeof ruleOrigin>;
export type StatedRule = z.infer<typeof statedRule>;
