// Scoring a self-check quiz: pure, keyed by question and option ids.

export interface QuizQuestion {
  id: string;
  anchor: string;
  prompt: string;
  options: readonly { id: string; label: string }[];
  answer: string;
  explanation: string;
}

export interface QuizScore {
  answered: number;
  correct: number;
  total: number;
}

/** The saved choices that still match a question and one of its options (the data may have changed). */
export function knownAnswers(
  questions: readonly QuizQuestion[],
  answers: Readonly<Record<string, string>>,
): Record<string, string> {
  const known: Record<string, string> = {};
  for (const q of questions) {
    const chosen = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (chosen !== undefined && q.options.some((o) => o.id === chosen)) known[q.id] = chosen;
  }
  return known;
}

export function scoreQuiz(
  questions: readonly QuizQuestion[],
  answers: Readonly<Record<string, string>>,
): QuizScore {
  const known = knownAnswers(questions, answers);
  return {
    answered: Object.keys(known).length,
    correct: questions.filter((q) => known[q.id] === q.answer).length,
    total: questions.length,
  };
}
