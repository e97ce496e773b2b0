// A stage's self-check quiz. Small on purpose: it imports the quiz progress store
// and nothing of the deal workspace. Each choice shows at once whether it is right,
// why, and a link to the section that explains it.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createProgressStore, type ProgressStore } from '../storage/progress';
import { fill } from '../shared/fill';
import { knownAnswers, scoreQuiz, type QuizQuestion } from './logic';

export interface QuizStrings {
  score: string;
  correct: string;
  wrong: string;
  showAnswer: string;
  readMore: string;
  reset: string;
  memory: string;
  done: string;
}

export interface QuizProps {
  stage: string;
  questions: readonly QuizQuestion[];
  text: QuizStrings;
  /** Tests hand in their own store. */
  store?: ProgressStore;
}

let shared: ProgressStore | null = null;
const sharedStore = () => (shared ??= createProgressStore());

const radioName = (stage: string, question: string) => `quiz-${stage}-${question}`;

/** Choices tapped on the server-rendered radios before the island woke up: they count. */
function tappedEarly(stage: string, questions: readonly QuizQuestion[]): Record<string, string> {
  const tapped: Record<string, string> = {};
  for (const q of questions) {
    const input = document.querySelector<HTMLInputElement>(`input[name="${radioName(stage, q.id)}"]:checked`);
    if (input) tapped[q.id] = input.value;
  }
  return knownAnswers(questions, tapped);
}

export function Quiz({ stage, questions, text, store }: QuizProps) {
  // The server renders the same quiz with real radios, so a tap works before the island
  // wakes up and nothing moves when it does; the store exists in the browser only.
  const [progress, setStore] = useState<ProgressStore | null>(store ?? null);
  useEffect(() => {
    if (progress) return;
    const next = sharedStore();
    const early = tappedEarly(stage, questions);
    if (Object.keys(early).length > 0) {
      const answers = { ...knownAnswers(questions, next.$progress.get()[stage]?.answers ?? {}), ...early };
      const { correct, total } = scoreQuiz(questions, answers);
      next.saveStage(stage, { answers, correct, total });
    }
    setStore(next);
  }, [progress, stage, questions]);
  return progress ? (
    <LiveQuiz stage={stage} questions={questions} text={text} store={progress} />
  ) : (
    <QuizView
      stage={stage}
      questions={questions}
      text={text}
      answers={{}}
      memory={false}
      live={false}
      onChoose={() => undefined}
      onReset={() => undefined}
    />
  );
}

function LiveQuiz({ stage, questions, text, store }: QuizProps & { store: ProgressStore }) {
  const all = useStore(store.$progress);
  const mode = useStore(store.$mode);
  const answers = useMemo(() => knownAnswers(questions, all[stage]?.answers ?? {}), [all, stage, questions]);
  const choose = (question: string, option: string) => {
    const next = { ...answers, [question]: option };
    const { correct, total } = scoreQuiz(questions, next);
    store.saveStage(stage, { answers: next, correct, total });
  };
  return (
    <QuizView
      stage={stage}
      questions={questions}
      text={text}
      answers={answers}
      memory={mode === 'memory'}
      live
      onChoose={choose}
      onReset={() => store.resetStage(stage)}
    />
  );
}

function QuizView({
  stage,
  questions,
  text,
  answers,
  memory,
  live,
  onChoose,
  onReset,
}: {
  stage: string;
  questions: readonly QuizQuestion[];
  text: QuizStrings;
  answers: Readonly<Record<string, string>>;
  memory: boolean;
  /** The island is awake and saving (tests wait for data-ready). */
  live: boolean;
  onChoose: (question: string, option: string) => void;
  onReset: () => void;
}) {
  const score = scoreQuiz(questions, answers);
  return (
    <div class={live ? 'pb-quiz-view pb-quiz-live' : 'pb-quiz-view'} data-ready={live ? '' : undefined}>
      <ol class="pb-quiz-questions">
        {questions.map((q) => {
          const chosen = answers[q.id];
          const right = chosen === q.answer;
          const answerLabel = q.options.find((o) => o.id === q.answer)?.label ?? '';
          return (
            <li key={q.id}>
              <p class="pb-quiz-prompt" id={`quiz-${stage}-${q.id}`}>
                {q.prompt}
              </p>
              <fieldset aria-labelledby={`quiz-${stage}-${q.id}`}>
                {q.options.map((o) => (
                  <label key={o.id} class="pb-quiz-option">
                    <input
                      type="radio"
                      name={radioName(stage, q.id)}
                      value={o.id}
                      checked={chosen === o.id}
                      onChange={() => onChoose(q.id, o.id)}
                    />
                    {o.label}
                  </label>
                ))}
              </fieldset>
              {/* The room for the feedback is kept from the first paint (the longer of its two
                  texts, drawn invisibly by CSS), so a returning reader's saved answers fill it
                  without moving anything. */}
              <div
                class="pb-quiz-after"
                data-room-right={`${text.correct} ${q.explanation} ${text.readMore}`}
                data-room-wrong={`${fill(text.wrong, { answer: answerLabel })} ${q.explanation} ${text.readMore}`}
              >
                <div class="pb-quiz-feedback" aria-live="polite">
                  {chosen !== undefined && (
                    <p class={right ? 'pb-quiz-right' : 'pb-quiz-wrong'}>
                      <strong>{right ? text.correct : fill(text.wrong, { answer: answerLabel })}</strong>{' '}
                      {q.explanation} <a href={`#${q.anchor}`}>{text.readMore}</a>
                    </p>
                  )}
                </div>
                {chosen === undefined && (
                  <details>
                    <summary>{text.showAnswer}</summary>
                    <p>
                      <strong>{answerLabel}</strong> — {q.explanation}{' '}
                      <a href={`#${q.anchor}`}>{text.readMore}</a>
                    </p>
                  </details>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p class="pb-quiz-score" role="status">
        {fill(text.score, { correct: score.correct, total: score.total })}
        {score.answered === score.total && score.correct === score.total ? ` ${text.done}` : ''}
      </p>
      {memory && <p class="pb-help">{text.memory}</p>}
      {/* Always there, so that it appearing moves nothing; out of sight and reach until there is an answer to clear. */}
      <button
        type="button"
        class={score.answered > 0 ? 'pb-button' : 'pb-button pb-quiz-idle'}
        onClick={onReset}
      >
        {text.reset}
      </button>
    </div>
  );
}
