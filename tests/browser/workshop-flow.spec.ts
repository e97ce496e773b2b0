// Issue 15, item 7: the workshop view runs from the first slide to the next stage without a
// break. The tool is one summary slide that opens it, the quiz cuts between its questions,
// every slide fits a 1280×720 projector and shows something, the last slide leads on to the
// next stage's workshop, and the view is reachable from each stage page's top and the home page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { expect, test } from '../support/fixtures.ts';

const STAGES = stagesData.stages.map((s) => s.id);
const TEXT = {
  en: {
    link: 'Workshop view',
    openTool: 'Open the tool on the stage page',
    home: 'For trainers: workshop view',
  },
  zh: { link: '工作坊视图', openTool: '在阶段页面上打开工具', home: '培训用：工作坊视图' },
} as const;

const slide = (page: Page) => page.locator('.pb-ws-slide:not([hidden])');
const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight <= innerHeight);
/** A slide's text beyond its heading (a continued heading included). */
const body = (page: Page) =>
  slide(page).evaluate((s) =>
    [...s.children]
      .filter((c) => !/^H[1-3]$/.test(c.tagName) && !c.classList.contains('sl-heading-wrapper'))
      .map((c) => c.textContent ?? '')
      .join('')
      .trim(),
  );

test.use({ viewport: { width: 1280, height: 720 } });

for (const lang of ['en', 'zh'] as const) {
  const t = TEXT[lang];
  test.describe(`workshop from start to the next stage (${lang})`, () => {
    test.use({ lang });

    for (const [i, stage] of STAGES.entries()) {
      test(`${stage}: every slide fits and shows something; the last leads on`, async ({ page, at }) => {
        await page.goto(at(`/workshop/${stage}/`));
        await page.locator('body.pb-ws-live').waitFor();
        const count = await page.locator('.pb-ws-slide').count();
        const counter = page.locator('#ws-count');
        const problems: string[] = [];
        let toolSlides = 0;
        for (let n = 1; n <= count; n++) {
          await expect(counter).toHaveText(`${n} / ${count}`);
          const section = (await slide(page).getAttribute('data-section')) ?? '';
          if (!(await fits(page))) problems.push(`${n} ${section}: does not fit`);
          if ((await body(page)) === '') problems.push(`${n} ${section}: empty`);
          if (section === 'tool' && (await slide(page).getByRole('link', { name: t.openTool }).count()) > 0) {
            await expect(slide(page).getByRole('link', { name: t.openTool })).toHaveAttribute(
              'href',
              at(`/process/${stage}/#tool`),
            );
            toolSlides++;
          }
          // → Space and PageDown step alike.
          await page.keyboard.press(['ArrowRight', 'Space', 'PageDown'][n % 3]!);
        }
        expect(problems).toEqual([]);
        // The tool is one slide that opens it, not its worksheet.
        expect(toolSlides).toBe(1);
        await expect(page.locator('.pb-ws-content .pb-tool-fallback')).toHaveCount(0);
        await expect(slide(page)).toHaveAttribute('data-section', 'next-stage');
        const next = STAGES[i + 1] ?? STAGES[0]!;
        const link = slide(page)
          .getByRole('link', { name: new RegExp(i + 1 < STAGES.length ? '→' : '') })
          .first();
        await expect(link).toHaveAttribute('href', at(`/workshop/${next}/`));
        await link.click();
        await expect(page).toHaveURL(at(`/workshop/${next}/`));
        await page.locator('body.pb-ws-live').waitFor();
      });
    }

    test('the quiz slide is the quiz, answers behind "show the answer"', async ({ page, at }) => {
      await page.goto(at('/workshop/prospecting/#quiz'));
      await page.locator('body.pb-ws-live').waitFor();
      await expect(slide(page).getByRole('radio').first()).toBeVisible();
      await expect(slide(page).locator('details').first()).toBeVisible();
    });

    test('reachable from the top of every stage page and from the home page', async ({ page, at }) => {
      for (const stage of STAGES) {
        await page.goto(at(`/process/${stage}/`));
        const top = page.locator('.pb-stage-top');
        await expect(top.getByRole('link', { name: t.link })).toHaveAttribute(
          'href',
          at(`/workshop/${stage}/`),
        );
        // Near the top: on screen without scrolling.
        await expect(top).toBeInViewport();
      }
      await page.goto(at('/'));
      const home = page.getByRole('link', { name: t.home });
      await expect(home).toHaveAttribute('href', at('/workshop/prospecting/'));
      await home.click();
      await expect(page).toHaveURL(at('/workshop/prospecting/'));
    });

    test('axe finds nothing on the tool, quiz and last slides in either theme', async ({ page, at }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const section of ['tool', 'quiz', 'next-stage']) {
          await page.goto('about:blank');
          await page.goto(at(`/workshop/demo/#${section}`));
          await page.locator('body.pb-ws-live').waitFor();
          await expect(slide(page)).toHaveAttribute('data-section', section);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${colorScheme} ${section}: ${v.id}`)).toEqual([]);
        }
      }
    });
  });
}
