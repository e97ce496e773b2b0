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
      if ((await control.count()) === 0) continue;
      if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
      const kind = await control.evaluate((el) =>
        el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
      );
      if (kind === 'checkbox' || kind === 'radio') {
        // Some boxes refuse until their prerequisites are met: a click, as a rep would try.
        if (!(await control.isChecked())) await control.click();
      } else if (kind === 'select') {
        const values = await control
          .locator('option')
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        if (values[0] && (await control.inputValue()) === '') await control.selectOption(values[0]);
      } else if (kind === 'date') {
        if ((await control.inputValue()) === '') await control.fill('2026-12-01');
      } else if (kind === 'number') {
        if ((await control.inputValue()) === '') await control.fill('3');
      } else if (kind !== 'file' && (await control.inputValue()) === '') {
        const inForm = await control.evaluate((el) => el.closest('form') !== null);
        await control.fill(text);
        if (inForm) await control.press('Enter');
      }
    }
  }
}
