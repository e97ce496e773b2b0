// Schema of content/team.json: the team view's strings in both languages. Zod runs at
// build time only; the island gets one language's strings as a plain record.
import { z } from 'astro/zod';
import teamData from '../../content/team.json';
import type { Lang } from '../i18n/lang';
import { localized } from '../shared/schema';

export type TeamTextKey = keyof (typeof teamData)['text'];
export type TeamStrings = Readonly<Record<TeamTextKey, string>>;

export const teamDefinition = z.strictObject({
  $comment: z.string().optional(),
  text: z.record(z.string(), localized),
});

/** The strings of one language; a string missing in either language fails the build. */
export function teamStrings(data: unknown, lang: Lang): TeamStrings {
  const { text } = teamDefinition.parse(data);
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, value[lang]])) as TeamStrings;
}
