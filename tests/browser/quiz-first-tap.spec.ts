// Issue 15, item 3: the quiz takes the first tap, before its island has woken up, and
// nothing moves when it wakes. The island's script is held back until the test lets it
// load, so "before" is certain on any machine; layout shifts are read from the browser's
// own layout-shift entries.
import { expect, test } from '../support/fixtures.ts';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { islandReady } from '../support/fill-tool.ts';
import { recordShifts, shiftSince } from '../support/layout-shifts.ts';
import { holdQuizScript } from '../support/hold-quiz-script.ts';

const TEXT = {
  en: { right: '8. A promotion deadline', correct: 'Correct.', score: '1 of 3 correct.' },
  zh: { right: '8. 优惠期截止', correct: '答对了。', score: '答对 1 / 3 题。' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test.describe(`quiz before its island wakes (${lang})`, () => {
    test.use({ lang, viewport: { width: 390, height: 844 } });
    const t = TEXT[lang];

    test('a tap on the server-rendered quiz counts once the island wakes', async ({
      page,
      at,
      pageErrors,
    }) => {
      const release = await holdQuizScript(page);
      await page.goto(at('/process/compelling-events/'));
      const quiz = page.locator('.pb-quiz');
      await quiz.scrollIntoViewIfNeeded();
      await expect(quiz.locator('.pb-quiz-live')).toHaveCount(0);
      await quiz.getByLabel(t.right).check();
      await expect(quiz.getByLabel(t.right)).toBeChecked();
      release();
      await quiz.locator('.pb-quiz-live[data-ready]').waitFor();
      await expect(quiz.getByLabel(t.right)).toBeChecked();
      await expect(quiz.getByText(t.correct, { exact: true })).toBeVisible();
      await expect(quiz.getByRole('status')).toHaveText(t.score);
      // Kept like any other answer.
      await page.reload();
      await quiz.scrollIntoViewIfNeeded();
      await quiz.locator('.pb-quiz-live[data-ready]').waitFor();
      await expect(quiz.getByLabel(t.right)).toBeChecked();
      expect(pageErrors).toEqual([]);
    });

    test('nothing moves when the island wakes', async ({ page, at }) => {
      await recordShifts(page);
      const release = await holdQuizScript(page);
      await page.goto(at('/process/compelling-events/'));
      await islandReady(page);
      const quiz = page.locator('.pb-quiz');
      await quiz.scrollIntoViewIfNeeded();
      const before = await quiz.boundingBox();
      const since = await page.evaluate(() => performance.now());
      release();
      await quiz.locator('.pb-quiz-live[data-ready]').waitFor();
      await expect(quiz.getByRole('radio').first()).toBeVisible();
      expect(await shiftSince(page, since)).toBe(0);
      expect(await quiz.boundingBox()).toEqual(before);
      expect(await axeViolationsInBothThemes(page, '.pb-quiz')).toEqual([]);
    });
  });
}
