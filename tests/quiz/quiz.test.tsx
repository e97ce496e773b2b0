// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import anchors from '../../content/anchors.json';
import stages from '../../content/stages.json';
import { quizDefinition, quizQuestions } from '../../src/quiz/definition';
import { knownAnswers, scoreQuiz } from '../../src/quiz/logic';
import { Quiz } from '../../src/quiz/Quiz';
import { allQuizzes, quizText } from '../../src/quiz/text';
import { createProgressStore, PROGRESS_KEY, type Progress } from '../../src/storage/progress';
import { FakeStorage } from '../storage/fake-storage';

afterEach(cleanup);

const quizzes = allQuizzes();
const events = quizzes.get('compelling-events');
if (!events) throw new Error('no quiz for compelling-events');
const text = quizText('en');

describe('quiz data', () => {
  it('has three to five questions for every stage, each linked to a published anchor of its page', () => {
    const pages = anchors.pages as Record<string, string[]>;
    expect([...quizzes.keys()].sort()).toEqual(stages.stages.map((stage) => stage.id).sort());
    for (const [stage, quiz] of quizzes) {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
      expect(quiz.questions.length).toBeLessThanOrEqual(5);
      for (const q of quiz.questions)
        expect(pages[`process/${stage}`], `${stage}: ${q.id}`).toContain(q.anchor);
    }
  });

  it('refuses an answer that is not one of the options, and repeated ids', () => {
    const bad = structuredClone(events);
    bad.questions[0]!.answer = 'nope';
    expect(quizDefinition.safeParse(bad).success).toBe(false);
    const dup = structuredClone(events);
    dup.questions.push(dup.questions[0]!);
    expect(quizDefinition.safeParse(dup).success).toBe(false);
  });
});

describe('quiz scoring', () => {
  const questions = quizQuestions(events, 'en');
  it('counts right answers and ignores choices the data no longer has', () => {
    expect(scoreQuiz(questions, {})).toEqual({ answered: 0, correct: 0, total: 3 });
    expect(
      scoreQuiz(questions, { 'how-many': 'eleven', ours: 'event-1', gone: 'x', counts: 'removed' }),
    ).toEqual({
      answered: 2,
      correct: 1,
      total: 3,
    });
    expect(knownAnswers(questions, { __proto__: 'x' })).toEqual({});
  });
});

describe('Quiz island', () => {
  it('checks each answer at once, explains it with a link, and saves progress', async () => {
    const storage = new FakeStorage().tab().storage;
    const store = createProgressStore(storage);
    render(
      <Quiz stage="compelling-events" questions={quizQuestions(events, 'en')} text={text} store={store} />,
    );
    fireEvent.click(screen.getByLabelText('8. A promotion deadline'));
    const correct = await screen.findByText('Correct.');
    // The feedback's own link (unanswered questions keep theirs behind "Show the answer").
    const link = within(correct.closest('p')!).getByRole('link', { name: 'Read the section' });
    expect(link.getAttribute('href')).toBe('#event-8');
    fireEvent.click(screen.getByLabelText('Six'));
    expect(await screen.findByText('Not quite: the answer is “Eleven”.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 3 correct.'));
    expect(
      (JSON.parse(storage.getItem(PROGRESS_KEY) ?? '') as { stages: Progress }).stages['compelling-events'],
    ).toMatchObject({
      answers: { ours: 'event-8', 'how-many': 'six' },
      correct: 1,
      total: 3,
    });

    cleanup();
    render(
      <Quiz
        stage="compelling-events"
        questions={quizQuestions(events, 'en')}
        text={text}
        store={createProgressStore(storage)}
      />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('8. A promotion deadline').checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('8. A promotion deadline').checked).toBe(false),
    );
    expect((JSON.parse(storage.getItem(PROGRESS_KEY) ?? '') as { stages: Progress }).stages).toEqual({});
  });

  it('says so when progress can only be kept in memory', async () => {
    render(
      <Quiz
        stage="compelling-events"
        questions={quizQuestions(events, 'zh')}
        text={quizText('zh')}
        store={createProgressStore(null)}
      />,
    );
    fireEvent.click(screen.getByLabelText('十一种'));
    expect(await screen.findByText(quizText('zh').memory)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('答对 1 / 3 题。'));
  });
});
