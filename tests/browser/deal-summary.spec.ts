// Issue 15, item 5: the printed deal summary covers every stage with the tools'
// own figures, its next step is the first stage not done, and it fits one A4
// page for a typical deal (two at most for a full one).
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { openWithDeals, PHONE_AND_DESKTOP } from '../support/board-page.ts';
import { fullAnswers, partialAnswers, sampleDeal } from '../board/deals.ts';

const TEXT = {
  zh: {
    board: '/deals/',
    print: (name: string) => `打印摘要：${name}`,
    counts: '已确认 1 · 假设 0 · 未标明 1 · 未回答 11（共 13 题）',
    reached: '还没有完成任何阶段',
    nextStage: '完成第 1 阶段：目标客户挖掘',
    allDone: '七个阶段都已完成。',
    successful: '演示结果：成功',
    competitors: '仍在竞争的对手：无',
  },
  en: {
    board: '/en/deals/',
    print: (name: string) => `Print summary: ${name}`,
    counts: 'Confirmed 1 · Assumed 0 · Not marked 1 · Unanswered 11 (of 13)',
    reached: 'No stage done yet',
    nextStage: 'Finish stage 1: Prospecting',
    allDone: 'All seven stages are done.',
    successful: 'Demo outcome: Successful',
    competitors: 'Competitors still in the running: none',
  },
} as const;

/** Opens the board with one deal and its summary, with printing stubbed (the test prints to PDF itself). */
async function openSummary(page: Page, lang: 'zh' | 'en', answers: ReturnType<typeof fullAnswers>) {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await openWithDeals(page, TEXT[lang].board, [sampleDeal('d1', 'Huajian ERP', answers)]);
  await page.getByRole('button', { name: TEXT[lang].print('Huajian ERP') }).click();
  const summary = page.locator('#deal-summary');
  await expect(summary).toBeVisible();
  return summary;
}

/** Pages in a PDF: its page objects (not the /Pages tree node). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

for (const lang of ['zh', 'en'] as const) {
  const t = TEXT[lang];
  for (const size of PHONE_AND_DESKTOP) {
    test.describe(`${lang}, ${size.name}`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });

      test('a half-done deal: every stage, the tools’ counts, and stage 1 as the next step', async ({
        page,
      }) => {
        const summary = await openSummary(page, lang, partialAnswers());
        await expect(summary.locator('.pb-summary-stage')).toHaveCount(7);
        await expect(summary.locator('[data-summary="reached"]')).toHaveText(t.reached);
        // The validation tool's own count: one confirmed, one answered but not marked.
        await expect(summary.locator('[data-stage="3"]')).toContainText(t.counts);
        await expect(summary.locator('[data-stage="3"] li')).toHaveCount(2);
        await expect(summary.locator('[data-stage="6"]')).toContainText(
          lang === 'zh' ? '已满足 2/6' : '2 of 6',
        );
        const next = summary.locator('.pb-summary-next > li');
        await expect(next.first()).toHaveText(t.nextStage);
        await expect(summary.locator('.pb-summary-next')).not.toContainText(
          lang === 'zh' ? '第 7 阶段' : 'stage 7',
        );
        expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      });

      test('a full deal: stages 4, 5 and 7 in full, all done, on two A4 pages at most', async ({ page }) => {
        const summary = await openSummary(page, lang, fullAnswers());
        const demo = summary.locator('[data-stage="4"]');
        await expect(demo).toContainText('2026-10-20');
        await expect(demo).toContainText(t.successful);
        await expect(demo).toContainText('8.5');
        await expect(demo).toContainText('20.5');
        const negotiation = summary.locator('[data-stage="5"]');
        await expect(negotiation).toContainText(t.competitors);
        await expect(negotiation).toContainText('2026-11-15');
        await expect(negotiation).toContainText('50% on signing, 40% on go-live, 10% on acceptance');
        await expect(summary.locator('[data-stage="7"]')).toContainText('2026-11-25');
        await expect(summary.locator('.pb-summary-stage[data-state="done"]')).toHaveCount(7);
        await expect(summary.locator('.pb-summary-next > li')).toHaveText([t.allDone]);
        const pages = pdfPages(await page.pdf({ format: 'A4' }));
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
      });

      test('the summary has no axe violations in light and dark', async ({ page }) => {
        // Two full axe scans: a busy machine needs longer than the default limit.
        test.slow();
        await openSummary(page, lang, partialAnswers());
        expect(await axeViolationsInBothThemes(page, '#deal-summary')).toEqual([]);
      });
    });
  }
}
