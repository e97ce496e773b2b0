/** Filling a stage tool through its own controls, as a rep would: for the gates that look at tools with answers. */
import type { Page } from '@playwright/test';

/** Waits until the page's tool or board has mounted (both mark themselves `data-ready`). */
export async function islandReady(page: Page): Promise<void> {
  await page
    .locator('.pb-tool-live[data-ready], .pb-board-live[data-ready]')
    .first()
    .waitFor({ state: 'attached' });
}

/** A control found a moment ago is there to act on: no long wait for one that went. */
const ACT = { timeout: 10_000 };

/** The next control, from mark `from` on, that wants typing or picking; boxes on the way are ticked. */
interface Field {
  mark: number;
  kind: string;
  /** A select's first real option. */
  option: string;
  inForm: boolean;
}

/**
 * Runs in the page: walks the marked controls in order from `from`, ticking each usable, unticked
 * box as a rep's click would (letting the tool re-render before the next is read, since a tick can
 * disable or reveal others), and stops at the first usable empty field, which the caller fills with
 * Playwright's own typing. Visible as Playwright means it: a box with a size, not visibility: hidden.
 */
async function tickUntilField({ from, count }: { from: number; count: number }): Promise<Field | null> {
  for (let mark = from; mark < count; mark++) {
    const found = document.querySelector(`.pb-tool-body [data-fill="${mark}"]`);
    if (!found) continue; // an earlier answer removed it
    // An input, textarea or select: each has the value, disabled and (for boxes) checked read here.
    const el = found as HTMLInputElement;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden' || el.disabled)
      continue;
    const kind = found instanceof HTMLInputElement ? found.type : found.tagName.toLowerCase();
    if (kind === 'checkbox' || kind === 'radio') {
      // Some boxes refuse until their prerequisites are met: a click, as a rep would try.
      if (!el.checked) {
        el.click();
        await new Promise((settled) => setTimeout(settled, 0));
      }
    } else if (kind === 'select') {
      const option = [...(found as HTMLSelectElement).options].map((o) => o.value).find(Boolean);
      if (option !== undefined && el.value === '') return { mark, kind, option, inForm: false };
    } else if (kind !== 'file' && el.value === '') {
      return { mark, kind, option: '', inForm: el.closest('form') !== null };
    }
  }
  return null;
}

/**
 * Fills every control of the tool on the page the way a rep would: ticks boxes,
 * picks the first real option, types into fields, submits small add-forms. Runs
 * twice, since ticking an item can reveal its fields.
 */
export async function fillTool(page: Page, text = 'Filled in'): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    // Marked, so a re-render between steps cannot shift which control is meant.
    const count = await page
      .locator('.pb-tool-body')
      .locator('input, textarea, select')
      .evaluateAll((els) => {
        els.forEach((el, i) => el.setAttribute('data-fill', `${i}`));
        return els.length;
      });
    for (let from = 0; from < count;) {
      const field = await page.evaluate(tickUntilField, { from, count });
      if (field === null) break;
      const control = page.locator(`.pb-tool-body [data-fill="${field.mark}"]`);
      if (field.kind === 'select') await control.selectOption(field.option, ACT);
      else if (field.kind === 'date') await control.fill('2026-12-01', ACT);
      else if (field.kind === 'number') await control.fill('3', ACT);
      else {
        await control.fill(text, ACT);
        if (field.inForm) await control.press('Enter', ACT);
      }
      from = field.mark + 1;
    }
  }
}
