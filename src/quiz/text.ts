// Schema of content/quizzes/text.json (the quizzes' UI strings), and the stage
// quizzes themselves, read and checked at build time.
import { z } from 'astro/zod';
import textData from '../../content/quizzes/text.json';
import type { Lang } from '../i18n/lang';
import { localized } from '../shared/schema';
import { quizDefinition, type QuizDefinition } from './definition';

export const QUIZ_TEXT_KEYS = [
  'label',
  'intro',
  'score',
  'correct',
  'wrong',
  'showAnswer',
  'readMore',
  'reset',
  'memory',
  'done',
  'noscript',
  'workshop',
  'workshopHelp',
  'mapBadge',
  'mapBadgeLabel',
] as const;
export type QuizTextKey = (typeof QUIZ_TEXT_KEYS)[number];

export const quizTextDefinition = z.strictObject({
  $comment: z.string().optional(),
  text: z.strictObject(
    Object.fromEntries(QUIZ_TEXT_KEYS.map((key) => [key, localized])) as Record<
      QuizTextKey,
      typeof localized
    >,
  ),
});

export function quizText(lang: Lang): Record<QuizTextKey, string> {
  const parsed = quizTextDefinition.parse(textData);
  return Object.fromEntries(QUIZ_TEXT_KEYS.map((key) => [key, parsed.text[key][lang]])) as Record<
    QuizTextKey,
    string
  >;
}

const files = import.meta.glob<{ default: unknown }>('../../content/quizzes/*.json', { eager: true });

/** Every stage's quiz by stage slug; a file whose name is not its stage fails the build. */
export function allQuizzes(): Map<string, QuizDefinition> {
  const quizzes = new Map<string, QuizDefinition>();
  for (const [path, mod] of Object.entries(files)) {
    const name =
      path
        .split('/')
        .pop()
        ?.replace(/\.json$/, '') ?? '';
    if (name === 'text') continue;
    const quiz = quizDefinition.parse(mod.default);
    if (quiz.stage !== name) throw new Error(`${path}: "stage" is "${quiz.stage}", expected "${name}"`);
    quizzes.set(name, quiz);
  }
  return quizzes;
}
