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

export type LocalizedText = z.infer<typeof localized>;
export type ChecklistItem = z.infer<typeof checklistItem>;
