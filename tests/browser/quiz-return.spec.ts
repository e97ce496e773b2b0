// Issue 15, item 3 (a returning reader): saved answers and their feedback fill the room the
// quiz keeps for them from the first paint, so landing at the quiz with answers saved moves
// nothing when the island wakes. The island's script is held back until the server-rendered
// quiz is on screen, so "before" is certain on any machine. Both languages, phone and desktop.
import type { Page } from '@playwright/test';
import quiz from '../../content/quizzes/compelling-events.json' with { type: 'json' };
import text from '../../content/quizzes/text.json' with { type: 'json' };
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { PHONE_AND_DESKTOP } from '../support/board-page.ts';
import { expect, test } from '../support/fixtures.ts';
import { islandReady } from '../support/fill-tool.ts';
import { recordShifts, shiftSince } from '../support/layout-shifts.ts';
import { holdQuizScript } from '../support/hold-quiz-script.ts';

const STAGE = 'compelling-events';
const [first, second] = quiz.questions;
// The first answered right, the second wrong, the third not at all.
const SAVED = {
  [first!.id]: first!.answer,
  [second!.id]: second!.options.find((o) => o.id !== second!.answer)!.id,
};

/** Where each question's prompt and the score line stand on the page. */
const places = (page: Page) =>
  page
    .locator('.pb-quiz :is(.pb-quiz-prompt, .pb-quiz-score)')
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + window.scrollY)));

for (const lang of ['zh', 'en'] as const) {
  for (const size of PHONE_AND_DESKTOP) {
    test.describe(`a returning reader at the quiz (${lang}, ${size.name})`, () => {
      test.use({ lang, viewport: { width: size.width, height: size.height } });

      test('sees the saved answers and their feedback, and nothing moves', async ({
        page,
        at,
        pageErrors,
      }) => {
        await recordShifts(page);
        await page.addInitScript((saved) => {
          const stages = {
            'compelling-events': {
              answers: saved,
              correct: 1,
              total: 3,
              updatedAt: '2026-11-28T09:00:00.000Z',
            },
          };
          localStorage.setItem('playbook:quiz-progress', JSON.stringify({ version: 1, stages }));
        }, SAVED);
        const release = await holdQuizScript(page);
        await page.goto(at(`/process/${STAGE}/#quiz`));
        const section = page.locator('.pb-quiz');
        await islandReady(page);
        await expect(section).toBeInViewport();
        await expect(section.getByRole('radio').first()).toBeVisible();
        const since = await page.evaluate(() => performance.now());
        const before = await places(page);
        release();
        await section.locator('.pb-quiz-live[data-ready]').waitFor();

        const label = (question: typeof first, option: string) =>
          question!.options.find((o) => o.id === option)!.label[lang];
        await expect(section.getByLabel(label(first, SAVED[first!.id]!), { exact: true })).toBeChecked();
        await expect(section.getByLabel(label(second, SAVED[second!.id]!), { exact: true })).toBeChecked();
        await expect(section.getByText(text.text.correct[lang], { exact: true })).toBeVisible();
        await expect(
          section.getByText(text.text.wrong[lang].replace('{answer}', label(second, second!.answer)), {
            exact: true,
          }),
        ).toBeVisible();
        await expect(section.getByRole('status')).toContainText(
          text.text.score[lang].replace('{correct}', '1').replace('{total}', '3'),
        );
        await expect(section.getByRole('button', { name: text.text.reset[lang] })).toBeVisible();
        await expect(section).toBeInViewport();
        // Nothing in the page's column moved when the saved answers came in.
        expect(await shiftSince(page, since, 'main')).toBe(0);
        // And in so many pixels: every question and the score line stand where they stood.
        expect(await places(page)).toEqual(before);
        expect(pageErrors).toEqual([]);
      });
    });
  }

  test(`a first-time reader sees no "Start again" and the quiz has no axe violations (${lang})`, async ({
    page,
    at,
  }) => {
    test.slow();
    await page.goto(at(`/process/${STAGE}/#quiz`));
    const section = page.locator('.pb-quiz');
    await section.locator('.pb-quiz-live[data-ready]').waitFor();
    await expect(section.getByRole('button', { name: text.text.reset[lang] })).toHaveCount(0);
    expect(await axeViolationsInBothThemes(page, '.pb-quiz')).toEqual([]);
  });
}
