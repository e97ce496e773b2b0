// The workshop view: a stage in a presenter layout, one section at a time.
import type { Page } from '@playwright/test';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { expect, test } from '../support/fixtures.ts';

const TEXT = {
  en: { link: 'Workshop view', exit: 'Leave workshop view (Esc)', glance: 'At a glance' },
  zh: { link: '工作坊视图', exit: '退出工作坊视图 (Esc)', glance: '本阶段概要' },
} as const;

/** The slide on screen, and its heading. */
const slide = (page: Page) => page.locator('.pb-ws-slide:not([hidden])');
const heading = (page: Page) => slide(page).locator('h1, h2, h3').first();
const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight <= innerHeight);

test.use({ viewport: { width: 1280, height: 720 } });

for (const lang of ['en', 'zh'] as const) {
  const t = TEXT[lang];

  test.describe(`workshop view (${lang})`, () => {
    test.use({ lang });

    test('opens from the stage page, steps with the keyboard, fits the projector and leaves with Esc', async ({
      page,
      at,
      pageErrors,
    }) => {
      await page.goto(at('/process/implementation/'));
      await page.getByRole('link', { name: t.link, exact: true }).first().click();
      await expect(page).toHaveURL(at('/workshop/implementation/'));
      // No Starlight header or sidebar; one slide at a time.
      await expect(page.locator('nav.sidebar, header.header')).toHaveCount(0);
      await page.locator('body.pb-ws-live').waitFor();
      const count = await page.locator('.pb-ws-slide').count();
      await expect(slide(page)).toHaveCount(1);
      const counter = page.locator('#ws-count');
      await expect(counter).toHaveText(`1 / ${count}`);

      await page.keyboard.press('ArrowRight');
      await expect(heading(page)).toContainText(t.glance);
      await expect(page).toHaveURL(/#at-a-glance$/);
      expect(await fits(page)).toBe(true);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('Space');
      await expect(counter).toHaveText(`4 / ${count}`);
      const fourth = (await heading(page).textContent()) ?? '';
      expect(await fits(page)).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('PageUp');
      await expect(counter).toHaveText(`2 / ${count}`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(heading(page)).toHaveText(fourth);

      // Esc goes back to the normal page, at the section that was on screen.
      const section = new URL(page.url()).hash;
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(at(`/process/implementation/${section}`));
      await expect(page.locator('nav.sidebar')).toHaveCount(1);
      expect(pageErrors).toEqual([]);
    });

    test('starts at the section in the address and has a visible way out', async ({ page, at }) => {
      await page.goto(at('/workshop/compelling-events/#event-8'));
      await page.locator('body.pb-ws-live').waitFor();
      await expect(slide(page)).toHaveAttribute('data-section', 'event-8');
      expect(await fits(page)).toBe(true);
      const exit = page.getByRole('link', { name: t.exit });
      await expect(exit).toBeVisible();
      await exit.click();
      await expect(page).toHaveURL(at('/process/compelling-events/#event-8'));
    });
  });

  test.describe(`every normal section fits a 1280×720 projector (${lang})`, () => {
    test.use({ lang });
    for (const stage of stagesData.stages.map((s) => s.id)) {
      test(stage, async ({ page, at }) => {
        await page.goto(at(`/workshop/${stage}/`));
        await page.locator('body.pb-ws-live').waitFor();
        const count = await page.locator('.pb-ws-slide').count();
        const counter = page.locator('#ws-count');
        const tooLong: string[] = [];
        const sections = new Set<string>();
        for (let i = 0; i < count; i++) {
          await expect(counter).toHaveText(`${i + 1} / ${count}`);
          const section = (await slide(page).getAttribute('data-section')) ?? '';
          sections.add(section);
          // The tool's full checklist and the quiz are one block each: they may scroll.
          if (section !== 'tool' && section !== 'quiz' && !(await fits(page))) tooLong.push(section);
          // A continued section repeats its heading; only the first slide carries the id.
          if ((await slide(page).locator('.pb-ws-continued').count()) > 0)
            await expect(slide(page).locator(`[id="${section}"]`)).toHaveCount(0);
          await page.keyboard.press('ArrowRight');
        }
        expect(tooLong).toEqual([]);
        expect(sections.has('at-a-glance')).toBe(true);
      });
    }
  });
}
