// Schema of content/tools/implementation.json: the four implementation steps.
import { z } from 'astro/zod';
import { checklistItem, localized, uniqueIds } from '../../shared/schema';

export const implementationDefinition = z.strictObject({
  tool: z.literal('implementation'),
  title: localized,
  intro: localized,
  items: z.array(checklistItem).min(1).superRefine(uniqueIds),
  text: z.strictObject({
    done: localized,
    date: localized,
    progress: localized,
    next: localized,
    complete: localized,
    undated: localized,
    readMore: localized,
  }),
});

export type ImplementationDefinition = z.infer<typeof implementationDefinition>;
