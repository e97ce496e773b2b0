// Self-check quizzes on the stage pages, and their progress on the home page's map.
import { expect, test } from '../support/fixtures.ts';

const TEXT = {
  en: {
    right: '8. A promotion deadline',
    wrong: 'Six',
    correct: 'Correct.',
    notQuite: 'Not quite: the answer is “Eleven”.',
    score: '1 of 3 correct.',
    badge: 'quiz: 1/3',
    spoken: '1 of 3 quiz questions correct for this stage',
    read: 'Read the section',
  },
  zh: {
    right: '8. 优惠期截止',
    wrong: '六种',
    correct: '答对了。',
    notQuite: '不对，正确答案是：十一种。',
    score: '答对 1 / 3 题。',
    badge: '自测 1/3',
    spoken: '本阶段自测答对 1 / 3 题',
    read: '回到正文这一节',
  },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test.describe(`self-check quiz (${lang})`, () => {
    test.use({ lang });
    const t = TEXT[lang];

    test('answers a quiz, explains each answer with a link, and shows the progress on the home map after a reload', async ({
      page,
      at,
      pageErrors,
    }) => {
      await page.goto(at('/process/compelling-events/#quiz'));
      const quiz = page.locator('.pb-quiz');
      await quiz.locator('.pb-quiz-live').waitFor();
      await quiz.getByLabel(t.right).check();
      await expect(quiz.getByText(t.correct, { exact: true })).toBeVisible();
      await quiz.getByLabel(t.wrong).check();
      await expect(quiz.getByText(t.notQuite, { exact: true })).toBeVisible();
      await expect(quiz.getByRole('status')).toHaveText(t.score);
      const links = quiz.getByRole('link', { name: t.read });
      await expect(links).toHaveCount(2);
      await expect(links.nth(0)).toHaveAttribute('href', '#events');
      await expect(links.nth(1)).toHaveAttribute('href', '#event-8');
      await links.last().click();
      await expect(page).toHaveURL(/#event-8$/);

      // The answers survive a reload.
      await page.goto(at('/process/compelling-events/#quiz'));
      await quiz.locator('.pb-quiz-live').waitFor();
      await expect(quiz.getByLabel(t.right)).toBeChecked();

      // The home page's map shows the badge for this stage only.
      await page.goto(at('/'));
      const badge = page.locator('[data-quiz-stage="compelling-events"]');
      await expect(badge).toBeVisible();
      await expect(badge.locator('[aria-hidden="true"]')).toHaveText(t.badge);
      await expect(badge.locator('.quiz-badge-spoken')).toHaveText(t.spoken);
      await expect(page.locator('[data-quiz-stage]:visible')).toHaveCount(1);
      await page.reload();
      await expect(badge).toBeVisible();
      expect(pageErrors).toEqual([]);
    });

    test('keeps quiz progress apart from the deals, and survives unreadable progress', async ({
      page,
      at,
      pageErrors,
    }) => {
      await page.goto(at('/'));
      await page.evaluate(() => localStorage.setItem('playbook:quiz-progress', '{broken'));
      await page.reload();
      await expect(page.locator('.process-map')).toBeVisible();
      await expect(page.locator('[data-quiz-stage]:visible')).toHaveCount(0);
      await page.goto(at('/process/compelling-events/#quiz'));
      await page.locator('.pb-quiz-live').waitFor();
      await page.locator('.pb-quiz').getByLabel(t.right).check();
      await expect(page.locator('.pb-quiz').getByText(t.correct, { exact: true })).toBeVisible();
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys).toContain('playbook:quiz-progress');
      expect(keys.some((key) => key.startsWith('playbook:quarantine:playbook:quiz-progress:'))).toBe(true);
      expect(keys.some((key) => key.startsWith('playbook:deal:'))).toBe(false);
      expect(pageErrors).toEqual([]);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('shows every answer', async ({ page, at }) => {
        await page.goto(at('/process/prospecting/'));
        const quiz = page.locator('.pb-quiz');
        await expect(quiz).toBeVisible();
        await expect(quiz.locator('details')).toHaveCount(4);
        await expect(quiz.getByRole('radio').first()).toBeVisible();
      });
    });
  });
}
