/** Filling a stage tool through its own controls, as a rep would: for the gates that look at tools with answers. */
import type { Page } from '@playwright/test';

/** Waits until the page's tool or board has mounted (both mark themselves `data-ready`). */
export async function islandReady(page: Page): Promise<void> {
  await page
    .locator('.pb-tool-live[data-ready], .pb-board-live[data-ready]')
    .first()
    .waitFor({ state: 'attached' });
}

/**
 * Fills every control of the tool on the page the way a rep would: ticks boxes,
 * picks the first real option, types into fields, submits small add-forms. Runs
 * twice, since ticking an item can reveal its fields.
 */
/** A control found a moment ago is there to act on: no long wait for one that went. */
const ACT = { timeout: 10_000 };

export async function fillTool(page: Page, text = 'Filled in'): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    // Marked, so a re-render between steps cannot shift which control is meant.
    const marks = await page
      .locator('.pb-tool-body')
      .locator('input, textarea, select')
      .evaluateAll((els) =>
        els.map((el, i) => {
          el.setAttribute('data-fill', `${i}`);
          return `${i}`;
        }),
      );
    for (const mark of marks) {
      const control = page.locator(`.pb-tool-body [data-fill="${mark}"]`);
      // Read without waiting: an earlier answer may have hidden or removed this control.
      const [state] = await control.evaluateAll((els) =>
        els.map((el) => {
          const field = el as HTMLInputElement;
          return {
            kind: el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
            // Visible as Playwright means it: a box with a size, not visibility: hidden.
            usable:
              el.getBoundingClientRect().width > 0 &&
              el.getBoundingClientRect().height > 0 &&
              getComputedStyle(el).visibility !== 'hidden' &&
              !field.disabled,
            checked: field.checked,
            value: field.value,
            inForm: el.closest('form') !== null,
            options:
              el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value).filter(Boolean) : [],
          };
        }),
      );
      if (!state?.usable) continue;
      const { kind, value } = state;
      if (kind === 'checkbox' || kind === 'radio') {
        // Some boxes refuse until their prerequisites are met: a click, as a rep would try. Checked
        // and clicked in one step in the page: the previous answer's re-render may have disabled it
        // since it was read (a step marked done disables its "not applicable"), and then it is skipped.
        if (!state.checked)
          await control.evaluate((el) => {
            if (!(el as HTMLInputElement).disabled) (el as HTMLElement).click();
          });
      } else if (kind === 'select') {
        if (state.options[0] && value === '') await control.selectOption(state.options[0], ACT);
      } else if (kind === 'date') {
        if (value === '') await control.fill('2026-12-01', ACT);
      } else if (kind === 'number') {
        if (value === '') await control.fill('3', ACT);
      } else if (kind !== 'file' && value === '') {
        await control.fill(text, ACT);
        if (state.inForm) await control.press('Enter', ACT);
      }
    }
  }
}
