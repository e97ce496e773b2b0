// Self-check quizzes on the stage pages, and their progress on the home page's map.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = {
  en: {
    prefix: '/en',
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
    prefix: '',
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

describe.each(['en', 'zh'] as const)('self-check quiz (%s)', (lang) => {
  const t = TEXT[lang];

  it('answers a quiz, explains each answer with a link, and shows the progress on the home map after a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${t.prefix}/process/compelling-events/#quiz`);
    const quiz = page.locator('.pb-quiz');
    await quiz.locator('.pb-quiz-live').waitFor();
    await quiz.getByLabel(t.right).check();
    await quiz.getByText(t.correct, { exact: true }).waitFor();
    await quiz.getByLabel(t.wrong).check();
    await quiz.getByText(t.notQuite, { exact: true }).waitFor();
    expect(await quiz.getByRole('status').textContent()).toBe(t.score);
    const links = quiz.getByRole('link', { name: t.read });
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#events',
      '#event-8',
    ]);
    await links.last().click();
    expect(new URL(page.url()).hash).toBe('#event-8');

    // The answers survive a reload.
    await page.goto(`${base}${t.prefix}/process/compelling-events/#quiz`);
    await quiz.locator('.pb-quiz-live').waitFor();
    await expect.poll(() => quiz.getByLabel(t.right).isChecked()).toBe(true);

    // The home page's map shows the badge for this stage only.
    await page.goto(`${base}${t.prefix}/`);
    const badge = page.locator('[data-quiz-stage="compelling-events"]');
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(await badge.locator('[aria-hidden="true"]').textContent()).toBe(t.badge);
    expect(await badge.locator('.quiz-badge-spoken').textContent()).toBe(t.spoken);
    expect(await page.locator('[data-quiz-stage]:visible').count()).toBe(1);
    await page.reload();
    await expect.poll(() => badge.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps quiz progress apart from the deals, and survives unreadable progress', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${t.prefix}/`);
    await page.evaluate(() => localStorage.setItem('playbook:quiz-progress', '{broken'));
    await page.reload();
    expect(await page.locator('[data-quiz-stage]:visible').count()).toBe(0);
    await page.goto(`${base}${t.prefix}/process/compelling-events/#quiz`);
    await page.locator('.pb-quiz-live').waitFor();
    await page.locator('.pb-quiz').getByLabel(t.right).check();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('playbook:quiz-progress');
    expect(keys.some((key) => key.startsWith('playbook:quarantine:playbook:quiz-progress:'))).toBe(true);
    expect(keys.some((key) => key.startsWith('playbook:deal:'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows every answer without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${t.prefix}/process/prospecting/`);
    const fallback = page.locator('.pb-quiz-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('details').count()).toBe(4);
    await context.close();
  });
});
