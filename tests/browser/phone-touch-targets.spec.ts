// Issue 15, item 11: on a phone every control of the tools, the quizzes and the board is at
// least 44 × 44 CSS pixels to tap; the "before you move on" lists are plain lists, not
// checkboxes that look tappable and do nothing.
import { test, expect } from '@playwright/test';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { PHONE, createDeal, smallTargets } from './phone-support';

test.use({ viewport: PHONE });

const STAGES = stagesData.stages.map((stage) => stage.id);

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';

  test(`${lang}: the tools and quizzes have 44 px targets`, async ({ page }) => {
    await createDeal(page, lang, '华建建材 进销存二期', '深圳市华建建材贸易有限公司');
    for (const stage of STAGES) {
      await page.goto(`${prefix}/process/${stage}/`);
      await expect(page.locator('.pb-tool-live')).toBeVisible();
      // The quiz comes alive when it scrolls into view.
      await page.locator('.pb-quiz astro-island').scrollIntoViewIfNeeded();
      await expect(page.locator('.pb-quiz-live')).toBeVisible();
      expect(await smallTargets(page, '.pb-tool-live, .pb-quiz-live'), stage).toEqual([]);
    }
  });

  test(`${lang}: the board has 44 px targets`, async ({ page }) => {
    await createDeal(page, lang, '华建建材 进销存二期', '深圳市华建建材贸易有限公司');
    await page.goto(`${prefix}/deals/`);
    await expect(page.locator('.pb-board-live')).toBeVisible();
    expect(await smallTargets(page, '.pb-board-live')).toEqual([]);
  });

  test(`${lang}: the lists before the next stage hold no dead checkboxes`, async ({ page }) => {
    for (const stage of STAGES) {
      await page.goto(`${prefix}/process/${stage}/`);
      await expect(page.locator('main input[type="checkbox"][disabled]'), stage).toHaveCount(0);
      const list = page.locator('.sl-heading-wrapper:has(#exit-criteria) ~ ul').first();
      await expect(list.locator('li').first()).toBeVisible();
    }
  });
}
