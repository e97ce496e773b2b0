// Issue 15, item 13: each stage has one short name, the one in content/stages.json, and the home
// map, the sidebar, the stage page's title, the board and the workshop all use it.
import { test, expect } from '@playwright/test';
import stagesData from '../../content/stages.json' with { type: 'json' };
import { PHONE, createDeal } from './phone-support';

test.use({ viewport: PHONE });

// The registry's English names may hold a soft hyphen (U+00AD) for narrow columns.
const plain = (text: string | null) => (text ?? '').replaceAll('\u00ad', '').trim();

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';
  const names = stagesData.stages.map((stage) => ({ id: stage.id, name: plain(stage[lang].title) }));

  test(`${lang}: the home map and the sidebar use the registry's names`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    for (const { id, name } of names) {
      const tile = page.locator(`nav.process-map a[href="${prefix}/process/${id}/"] .title`);
      expect(plain(await tile.textContent()), id).toBe(name);
    }
    await page.goto(`${prefix}/glossary/`);
    for (const { id, name } of names) {
      const link = page.locator(`nav.sidebar a[href="${prefix}/process/${id}/"]`);
      expect(plain(await link.textContent()), id).toBe(name);
    }
  });

  test(`${lang}: each stage page's title and workshop start from the registry's name`, async ({ page }) => {
    for (const { id, name } of names) {
      await page.goto(`${prefix}/process/${id}/`);
      expect(plain(await page.locator('h1').first().textContent()), id).toContain(name);
      await page.goto(`${prefix}/workshop/${id}/`);
      expect(plain(await page.locator('.pb-ws-stage').textContent()), id).toContain(name);
    }
  });

  test(`${lang}: the board names each stage by the registry's name`, async ({ page }) => {
    await createDeal(page, lang, '华建建材 进销存二期', '深圳市华建建材贸易有限公司');
    await page.goto(`${prefix}/deals/`);
    const board = page.locator('.pb-board-live');
    for (const { id, name } of names) {
      const link = board.locator(`a[href^="${prefix}/process/${id}/"]`).first();
      expect(plain(await link.textContent()), id).toContain(name);
    }
  });
}
