/** Shared steps of the quality gates: the site's pages, and filling every tool through its UI. */
import type { Page } from 'playwright-core';
import { builtPages } from '../support/dist.ts';

export type Lang = 'zh' | 'en';

/** Every HTML page of the build, as URL paths ("/", "/en/process/demo/", "/404.html"). */
export const ALL_PAGES = [...builtPages().keys()].toSorted();

/** Pages that carry a stage tool or the deal board. */
export const TOOL_PAGES = [...builtPages()]
  .filter(([, page]) => page.querySelector('.pb-tool, astro-island[component-export="DealBoard"]') !== null)
  .map(([url]) => url)
  .toSorted();

export const langOf = (url: string): Lang => (url.startsWith('/en/') ? 'en' : 'zh');

const DEAL_BAR = {
  zh: { newDeal: '新建交易', name: '交易名称', customer: '客户名称', create: '创建' },
  en: { newDeal: 'New deal', name: 'Deal name', customer: 'Customer', create: 'Create' },
} as const;

/** Waits until the page's tool or board has mounted (both mark themselves `data-ready`). */
export async function islandReady(page: Page): Promise<void> {
  await page
    .locator('.pb-tool-live[data-ready], .pb-board-live[data-ready]')
    .first()
    .waitFor({ state: 'attached' });
}

/** Creates a deal through the deal bar of a tool page. */
export async function createDeal(page: Page, lang: Lang, name: string, customer: string): Promise<void> {
  const t = DEAL_BAR[lang];
  const bar = page.locator('.pb-dealbar');
  await bar.getByRole('button', { name: t.newDeal }).click();
  await bar.getByLabel(t.name, { exact: true }).fill(name);
  await bar.getByLabel(t.customer, { exact: true }).fill(customer);
  await bar.getByRole('button', { name: t.create }).click();
  await page.locator('.pb-tool-body').waitFor();
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
