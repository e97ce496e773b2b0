// Issue 15, item 8: blank worksheets a trainer prints. Each tool links to its stage's
// worksheet and the deal board to all seven; they stay blank whatever deals exist, carry
// lines for company, rep and date, write-in lines long enough for a hand, and fit A4:
// one page for stage 1, two at most for any stage (counted in Chromium's own PDF).
import type { Page } from '@playwright/test';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { axeViolations } from '../support/axe.ts';
import { expect, test } from '../support/fixtures.ts';

const STAGES = stagesData.stages.map((s) => s.id);
const TEXT = {
  en: { one: 'Print blank worksheet', all: 'Print all blank worksheets', lines: ['Company', 'Rep', 'Date'] },
  zh: { one: '打印空白工作表', all: '打印全部空白工作表', lines: ['客户公司', '销售代表', '日期'] },
} as const;

/** Pages of the page printed to PDF on A4, as Chromium prints it. */
async function a4Pages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: null });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

for (const lang of ['en', 'zh'] as const) {
  const t = TEXT[lang];
  test.describe(`blank worksheets (${lang})`, () => {
    test.use({ lang });

    test('each tool prints its blank worksheet, even with a filled deal open', async ({
      filledDeal: page,
      at,
    }) => {
      // filledDeal: the implementation checklist with every control filled in.
      const link = page.locator('[data-tool]').getByRole('link', { name: t.one });
      await expect(link).toHaveAttribute('href', at('/worksheets/implementation/'));
      await link.click();
      await expect(page).toHaveURL(at('/worksheets/implementation/'));
      const sheet = page.locator('.pb-sheet');
      await expect(sheet).toHaveCount(1);
      // Blank: nothing the deal holds, no live tool.
      expect(await sheet.innerText()).not.toContain('Filled in');
      await expect(page.locator('.pb-tool-live:visible, input:visible, textarea:visible')).toHaveCount(0);
      for (const label of t.lines)
        await expect(sheet.locator('.pb-sheet-lines dt', { hasText: label })).toHaveCount(1);
    });

    test('every stage fits A4: stage 1 on one page, none on more than two; write-in lines are long', async ({
      page,
      at,
    }) => {
      const pages: Record<string, number> = {};
      for (const stage of STAGES) {
        await page.goto(at(`/worksheets/${stage}/`));
        pages[stage] = await a4Pages(page);
        const short = await page
          .locator('.pb-write-in')
          .evaluateAll((lines) => lines.filter((l) => l.getBoundingClientRect().width < 120).length);
        expect(short, stage).toBe(0);
        expect(await page.locator('.pb-sheet').innerText()).not.toMatch(/_{6}/);
      }
      expect(pages['prospecting']).toBe(1);
      for (const stage of STAGES) expect(pages[stage], stage).toBeLessThanOrEqual(2);
    });

    test('the deal board prints all seven blank worksheets, each on its own pages', async ({
      caseStudy: page,
      at,
    }) => {
      const link = page.getByRole('link', { name: t.all });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(at('/worksheets/'));
      await expect(page.locator('.pb-sheet')).toHaveCount(STAGES.length);
      const total = await a4Pages(page);
      expect(total).toBeGreaterThanOrEqual(STAGES.length);
      expect(total).toBeLessThanOrEqual(STAGES.length * 2);
      // Blank although a case study is loaded.
      const first = await page.locator('.pb-sheet').first().innerText();
      expect(first).not.toContain('Xinda');
      expect(first).not.toContain('鑫达');
    });

    test('axe finds nothing on the worksheet page in either theme', async ({ page, at }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(at('/worksheets/prospecting/'));
        await expect(page.getByRole('button')).toBeVisible();
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
  });
}
