// Issue 15, item 19: beside "Go to the tool" at the top of each stage page, the current deal's
// status for that stage, as the deal board shows it (same figures, same words), with the
// deal's name; nothing without a deal; it follows the answers ticked in the tool below, is
// part of the link's name, and filling it moves nothing. Both languages, phone and desktop.
import type { Page } from '@playwright/test';
import board from '../../content/board.json' with { type: 'json' };
import chrome from '../../content/tool-chrome.json' with { type: 'json' };
import implementation from '../../content/tools/implementation.json' with { type: 'json' };
import stages from '../../content/stages.json' with { type: 'json' };
import { fullAnswers, partialAnswers, sampleDeal } from '../board/deals.ts';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { PHONE_AND_DESKTOP } from '../support/board-page.ts';
import { islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';
import { recordShifts, shiftSince } from '../support/layout-shifts.ts';
import { seedDeals } from '../support/seed-deals.ts';
import { NARROW_PHONE, overflowX } from './phone-support.ts';

const DEAL = 'Huajian ERP';
const LONG_NAME =
  '华建建材进销存二期深圳市华建建材贸易有限公司与东莞分公司的财务和库存系统统一上线项目第二阶段';

const status = (page: Page) => page.locator('.pb-stage-top [data-tool-status]');
const toolLink = (page: Page) => page.locator('.pb-stage-top a.pb-stage-top-tool');
const boardStates = (page: Page) => page.locator('.pb-board-stages > li [data-state]');

for (const lang of ['zh', 'en'] as const) {
  const t = {
    notStarted: board.text.stateNotStarted[lang],
    done: board.text.stateDone[lang],
    inProgress: lang === 'zh' ? /^进行中（\d+\/\d+）$/ : /^In progress \(\d+ of \d+\)$/,
    goTo: lang === 'zh' ? '前往工具' : 'Go to the tool',
    line: (deal: string, state: string) =>
      chrome[lang].stageStatus.replace('{deal}', deal).replace('{state}', state),
    step: implementation.items[0]!.label[lang],
  };

  for (const size of PHONE_AND_DESKTOP) {
    test.describe(`${lang}, ${size.name}`, () => {
      test.use({ lang, viewport: { width: size.width, height: size.height } });

      test('each stage shows the board’s own state for the current deal', async ({
        page,
        at,
        pageErrors,
      }) => {
        await seedDeals(page, [sampleDeal('partial', DEAL, partialAnswers())]);
        await page.goto(at('/deals/'));
        await expect(boardStates(page)).toHaveCount(7);
        const onBoard = (await boardStates(page).allTextContents()).map((text) => text.trim());
        // Stages 1–6 in progress with their n of m, stage 7 not started: the case worth checking.
        expect(onBoard.slice(0, 6).every((text) => t.inProgress.test(text))).toBe(true);
        expect(onBoard[6]).toBe(t.notStarted);

        for (const [index, stage] of stages.stages.entries()) {
          await page.goto(at(`/process/${stage.id}/`));
          await expect(status(page)).toHaveText(t.line(DEAL, onBoard[index]!));
          // Part of the link's text: a screen reader reads it with "Go to the tool".
          await expect(toolLink(page)).toHaveAccessibleName(
            new RegExp(`^${t.goTo}\\s*${escape(t.line(DEAL, onBoard[index]!))}$`),
          );
        }
        expect(pageErrors).toEqual([]);
      });

      test('a stage whose gate is met shows done', async ({ page, at }) => {
        await seedDeals(page, [sampleDeal('full', DEAL, fullAnswers())]);
        await page.goto(at('/process/demo/'));
        await expect(status(page)).toHaveText(t.line(DEAL, t.done));
        await page.goto(at('/process/close-readiness/'));
        await expect(status(page)).toHaveText(t.line(DEAL, t.done));
      });

      test('with no deal the line says there is none', async ({ page, at }) => {
        await page.goto(at('/process/negotiation/'));
        await islandReady(page);
        await expect(status(page)).toHaveText(chrome[lang].noDeals);
        await expect(toolLink(page)).toHaveAccessibleName(
          new RegExp(`^${t.goTo}\\s*${escape(chrome[lang].noDeals)}$`),
        );
      });

      test('ticking an item in the tool updates the status, and filling it moves nothing', async ({
        page,
        at,
      }) => {
        await recordShifts(page);
        await seedDeals(page, [sampleDeal('partial', DEAL, partialAnswers())]);
        await page.goto(at('/process/implementation/'));
        await expect(status(page)).toHaveText(t.line(DEAL, t.notStarted));
        // Nothing in the page's main column moved (Starlight's own sidebars are not ours to judge).
        expect(await shiftSince(page, 0, 'main')).toBe(0);

        await page.locator('.pb-tool-live').getByLabel(t.step, { exact: true }).check();
        // Waits for the new state itself: the old one has the same opening.
        const inProgress = new RegExp(
          `^${escape(t.line(DEAL, ''))}${t.inProgress.source.replace(/^\^/, '')}`,
        );
        await expect(status(page)).toHaveText(inProgress);
        const state = (await status(page).textContent())!.slice(t.line(DEAL, '').length);
        // The board says the same of stage 7.
        await page.goto(at('/deals/'));
        await expect(boardStates(page).nth(6)).toHaveText(state);
      });
    });
  }

  test.describe(`${lang}, a long deal name at 320 px`, () => {
    test.use({ lang, viewport: NARROW_PHONE });

    test('the name is shortened with the full name in the title, the state shows whole', async ({
      page,
      at,
    }) => {
      await seedDeals(page, [sampleDeal('long', LONG_NAME, partialAnswers())]);
      await page.goto(at('/process/close-readiness/'));
      await expect(status(page)).toHaveAttribute('title', LONG_NAME);
      const text = (await status(page).textContent()) ?? '';
      expect(text.length).toBeLessThan(LONG_NAME.length);
      expect(text).toContain('…');
      // The state is not cut off: the line fits its link.
      const fits = await status(page).evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits).toBe(true);
      expect(await overflowX(page)).toBe(0);
      expect(await axeViolationsInBothThemes(page, '.pb-stage-top')).toEqual([]);
    });
  });
}

/** A text as a literal part of a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
