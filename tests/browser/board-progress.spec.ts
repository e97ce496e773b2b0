// Issue 15, item 4: the board shows how far a deal has come by the tools' own
// gates: each stage not started, in progress (n of m) or done; the stage reached
// is the last gate met; "ready to close" never shows while a conflict stands.
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { openWithDeals, PHONE_AND_DESKTOP } from '../support/board-page.ts';
import { conflictAnswers, fullAnswers, partialAnswers, sampleDeal } from '../board/deals.ts';

const TEXT = {
  zh: {
    board: '/deals/',
    noneDone: '还没有完成任何阶段',
    notStarted: '未开始',
    inProgress: /^进行中（\d+\/\d+）$/,
    done: '已完成',
    next: '下一步',
    stage7: '第 7 阶段 · 实施与项目操作',
    conflict: '1 处与前面的答案不一致',
    closeTool: '/process/close-readiness/',
    ready: '可以成交',
    notReady: '还不能成交',
  },
  en: {
    board: '/en/deals/',
    noneDone: 'No stage done yet',
    notStarted: 'Not started',
    inProgress: /^In progress \(\d+ of \d+\)$/,
    done: 'Done',
    next: 'next',
    stage7: 'Stage 7 · Implementation',
    conflict: '1 conflict(s) with earlier answers',
    closeTool: '/en/process/close-readiness/',
    ready: 'Ready to close',
    notReady: 'Not ready to close',
  },
} as const;

const stageItems = (page: Page) => page.locator('.pb-board-stages > li');
const stageCell = (page: Page, name: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) })
    .getByRole('cell')
    .first();

for (const lang of ['zh', 'en'] as const) {
  const t = TEXT[lang];
  for (const size of PHONE_AND_DESKTOP) {
    test.describe(`${lang}, ${size.name}`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });

      test('a deal with partial answers in stages 1–6 has no stage done and stage 1 next', async ({
        page,
      }) => {
        await openWithDeals(page, t.board, [sampleDeal('partial', 'Huajian ERP', partialAnswers())]);
        await expect(stageItems(page)).toHaveCount(7);
        const states = stageItems(page).locator('[data-state]');
        await expect(states).toHaveText([
          t.inProgress,
          t.inProgress,
          t.inProgress,
          t.inProgress,
          t.inProgress,
          t.inProgress,
          t.notStarted,
        ]);
        // No stage is marked done, and the work goes on at stage 1, not 7.
        await expect(stageItems(page).filter({ hasText: '✓' })).toHaveCount(0);
        await expect(stageItems(page).nth(0).locator('.pb-board-badge')).toHaveText(t.next);
        await expect(stageItems(page).locator('.pb-board-badge')).toHaveCount(1);
        await expect(stageCell(page, 'Huajian ERP')).toHaveText(t.noneDone);
        // Stage 6: two of six conditions, as the close tool counts them.
        await expect(states.nth(5)).toHaveText(lang === 'zh' ? '进行中（2/6）' : 'In progress (2 of 6)');
      });

      test('a deal that meets every gate is done at every stage', async ({ page }) => {
        await openWithDeals(page, t.board, [sampleDeal('full', 'Huajian ERP', fullAnswers())]);
        await expect(stageItems(page).locator('[data-state]')).toHaveText(Array(7).fill(`✓ ${t.done}`));
        await expect(stageCell(page, 'Huajian ERP')).toHaveText(t.stage7);
        await expect(stageItems(page).locator('.pb-board-badge')).toHaveCount(0);
      });

      test('six of six conditions with a conflict standing is not ready to close', async ({ page }) => {
        await openWithDeals(page, t.board, [sampleDeal('conflict', 'Huajian ERP', conflictAnswers())]);
        const row = page.getByRole('row').filter({ hasText: 'Huajian ERP' });
        await expect(row.getByText(t.conflict)).toBeVisible();
        await expect(row.locator('.pb-board-ready')).toHaveCount(0);
        await expect(stageItems(page).nth(5).locator('[data-state]')).toHaveText(
          lang === 'zh' ? '进行中（6/7）' : 'In progress (6 of 7)',
        );
        // The close tool itself says the same.
        await page.goto(t.closeTool);
        const verdict = page.locator('.pb-close-verdict');
        await expect(verdict).toHaveText(t.notReady);
        await expect(page.locator('[data-conflict="no-decision-maker"]')).toBeVisible();
      });

      test('the board has no axe violations in light and dark', async ({ page }) => {
        // Two full axe scans: a busy machine needs longer than the default limit.
        test.slow();
        await openWithDeals(page, t.board, [
          sampleDeal('partial', 'Huajian ERP', partialAnswers()),
          sampleDeal('conflict', 'Second deal', conflictAnswers()),
        ]);
        await expect(stageItems(page)).toHaveCount(7);
        expect(await axeViolationsInBothThemes(page)).toEqual([]);
      });
    });
  }
}
