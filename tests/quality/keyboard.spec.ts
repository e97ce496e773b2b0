/**
 * Keyboard-only walk through one whole tool, the implementation checklist, in
 * both languages: Tab reaches every control, Enter and Space operate buttons and
 * boxes, dates are typed, and the focused element always shows a focus ring.
 */
import type { Page } from '@playwright/test';
import { islandReady } from '../support/fill-tool.ts';
import { expect, test } from '../support/fixtures.ts';

interface Focused {
  /** A stable description: tag, type, id or text. */
  key: string;
  tag: string;
  type: string;
  text: string;
  inTool: boolean;
  /** A visible focus indicator: an outline or a box shadow. */
  ring: boolean;
}

const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const type = el instanceof HTMLInputElement ? el.type : '';
    return {
      key: el.id ? `#${el.id}` : `${el.tagName}|${type}|${(el.textContent ?? '').trim().slice(0, 40)}`,
      tag: el.tagName.toLowerCase(),
      type,
      text: (el.textContent ?? '').trim(),
      inTool: el.closest('.pb-tool-live') !== null,
      ring: outline || shadow,
    };
  });

/**
 * Space on the focused step's box, then waits for the tool to show the step done: the islands
 * redraw a moment after a change (nanostores' useStore batches it on a timer), and a Tab pressed
 * before that would still find step 3's "Not applicable" box enabled.
 */
async function tick(page: Page): Promise<void> {
  await page.keyboard.press('Space');
  await expect(page.locator('.pb-item:has(:focus)')).toHaveClass(/\bpb-done\b/);
}

/** Every control of the tool a keyboard user must reach. */
const controls = (page: Page): Promise<string[]> =>
  page.locator('.pb-tool-live').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]
      .filter((el) => !(el as HTMLInputElement).disabled && el.getClientRects().length > 0)
      .map((el) => {
        const type = el instanceof HTMLInputElement ? el.type : '';
        return el.id ? `#${el.id}` : `${el.tagName}|${type}|${(el.textContent ?? '').trim().slice(0, 40)}`;
      }),
  );

/** True the first time the focused control is met (a date field has several tab stops). */
const firstVisit = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    if (el.dataset['kbDone'] !== undefined) return false;
    el.dataset['kbDone'] = '';
    return true;
  });

const TEXT = {
  en: { newDeal: 'New deal', create: 'Create', done: '4 of 4 steps done' },
  zh: { newDeal: '新建交易', create: '创建', done: '4' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test.describe(`implementation checklist by keyboard (${lang})`, () => {
    test.use({ locale: 'en-US' });
    test('every control is reached with Tab, operated from the keyboard, and shows its focus', async ({
      page,
    }) => {
      await page.goto(`${lang === 'en' ? '/en' : ''}/process/implementation/`);
      await islandReady(page);
      const t = TEXT[lang];

      const visited = new Set<string>();
      const noRing: string[] = [];
      let opened = false;
      let created = false;
      let ticked = 0;
      let dated = 0;
      let left = false;
      for (let presses = 0; presses < 400 && !left; presses++) {
        await page.keyboard.press('Tab');
        const el = await focused(page);
        if (!el) continue;
        if (!el.inTool) {
          if (visited.size > 0 && created) left = true;
          continue;
        }
        visited.add(el.key);
        if (!el.ring) noRing.push(el.key);

        if (!created && el.tag === 'button' && el.text === t.newDeal) {
          await page.keyboard.press('Enter');
          opened = true;
          // The form opens at its name field: typed there before Tab moves on.
          await expect.poll(async () => (await focused(page))?.type).toBe('text');
          await page.keyboard.type('Keyboard deal');
        } else if (!created && opened && el.type === 'text') {
          // Deal name and customer: typed, never filled by script.
          await page.keyboard.type('Keyboard deal');
        } else if (!created && opened && el.tag === 'button' && el.text === t.create) {
          await page.keyboard.press('Enter');
          await page.locator('.pb-tool-body').waitFor();
          created = true;
          // Focus goes on to the tool's first control (its first step's box): operated there.
          await expect.poll(async () => (await focused(page))?.type).toBe('checkbox');
          const first = (await focused(page))!;
          visited.add(first.key);
          if (!first.ring) noRing.push(first.key);
          await firstVisit(page);
          await tick(page);
          ticked++;
        } else if (created && (el.type === 'checkbox' || el.type === 'date') && (await firstVisit(page))) {
          if (el.type === 'checkbox') {
            await tick(page);
            ticked++;
          } else {
            await page.keyboard.type('11202026');
            dated++;
          }
        }
      }

      expect(created).toBe(true);
      expect(left).toBe(true);
      // A second lap from the top, now that the deal exists (the deal switcher was disabled before).
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.evaluate(() => window.scrollTo(0, 0));
      let inside = false;
      for (let presses = 0; presses < 400; presses++) {
        await page.keyboard.press('Tab');
        const el = await focused(page);
        if (!el) continue;
        if (!el.inTool && inside) break;
        if (!el.inTool) continue;
        inside = true;
        visited.add(el.key);
        if (!el.ring) noRing.push(el.key);
      }
      const missed = (await controls(page)).filter((key) => !visited.has(key));
      expect(missed).toEqual([]);
      expect(noRing).toEqual([]);
      expect(ticked).toBe(4);
      expect(dated).toBe(4);
      // What the keyboard did is saved: every box ticked, every date set.
      await expect(page.locator('.pb-tool-body input[type="checkbox"]:checked')).toHaveCount(4);
      const dates = await page
        .locator('.pb-tool-body input[type="date"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(dates).toEqual(Array(4).fill('2026-11-20'));
      await expect(page.locator('.pb-summary')).toContainText(t.done);
    });
  });
}
