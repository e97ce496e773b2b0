// Schema of content/quizzes/<stage>.json: a stage's self-check questions in both
// languages. Zod runs at build time only; the island receives one language's
// questions as plain `QuizQuestion` records (src/quiz/logic.ts).
import { z } from 'astro/zod';
import type { Lang } from '../i18n/lang';
import { itemId, localized, uniqueIds } from '../shared/schema';
import type { QuizQuestion } from './logic';

const option = z.strictObject({ id: itemId, label: localized });

const question = z
  .strictObject({
    /** Stable: progress is kept by question id and option id. */
    id: itemId,
    /** The section of this stage page that explains the answer (content/anchors.json). */
    anchor: itemId,
    prompt: localized,
    options: z.array(option).min(2).max(5),
    /** The id of the right option. */
    answer: itemId,
    explanation: localized,
    /**
     * Ids of the stage tool's stated rules this question tests (content/tools/<tool>.json):
     * tests check the answer against them, and that a team-practice rule is taught as one.
     */
    rules: z.array(itemId).min(1).optional(),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx);
    if (!q.options.some((o) => o.id === q.answer))
      ctx.addIssue({
        code: 'custom',
        message: `question "${q.id}": answer "${q.answer}" is not one of its options`,
      });
  });

export const quizDefinition = z
  .strictObject({
    $comment: z.string().optional(),
    /** The stage page's slug under process/. */
    stage: itemId,
    questions: z.array(question).min(3).max(5),
  })
  .superRefine((quiz, ctx) => uniqueIds(quiz.questions, ctx));

export type QuizDefinition = z.infer<typeof quizDefinition>;

/** One language's questions, as the island receives them. */
export function quizQuestions(quiz: QuizDefinition, lang: Lang): QuizQuestion[] {
  return quiz.questions.map((q) => ({
    id: q.id,
    anchor: q.anchor,
    prompt: q.prompt[lang],
    options: q.options.map((o) => ({ id: o.id, label: o.label[lang] })),
    answer: q.answer,
    explanation: q.explanation[lang],
  }));
}
