/** Helpers shared by the phone-width Playwright specs (tests/browser/phone-*.spec.ts). */
import { expect, type Page } from '@playwright/test';

export const PHONE = { width: 390, height: 844 };
export const NARROW_PHONE = { width: 320, height: 640 };

/** The deal bar's words, by language (content/tool-chrome.json). */
export const DEAL_BAR = {
  zh: { prefix: '', newDeal: '新建交易', dealName: '交易名称', customer: '客户名称', create: '创建' },
  en: { prefix: '/en', newDeal: 'New deal', dealName: 'Deal name', customer: 'Customer', create: 'Create' },
} as const;

/** Creates a deal from a stage page's deal bar and waits until it is the current deal. */
export async function createDeal(
  page: Page,
  lang: 'zh' | 'en',
  name: string,
  customer: string,
): Promise<void> {
  const t = DEAL_BAR[lang];
  await page.goto(`${t.prefix}/process/validation/`);
  const tool = page.locator('.pb-tool-live');
  await tool.getByRole('button', { name: t.newDeal }).click();
  await tool.getByLabel(t.dealName).fill(name);
  await tool.getByLabel(t.customer).fill(customer);
  await tool.getByRole('button', { name: t.create }).click();
  await expect(tool.locator('.pb-dealbar select')).toContainText(name.slice(0, 8));
}

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
export async function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * The controls on screen that a notice (the board's message, a tool's banner) lies over: for
 * each visible button, link, field or select in the viewport, the element at its centre must be
 * the control itself (or inside it), never a notice.
 */
export async function controlsCoveredByNotices(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notice = '.pb-board-toast, .pb-notices, .pb-notice, .pb-update';
    const covered: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')) {
      if (el.closest(notice)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && !el.contains(hit) && hit.closest(notice)) covered.push(el.outerHTML.slice(0, 80));
    }
    return covered;
  });
}

/**
 * Controls inside `scope` whose touch target is smaller than `min` × `min` CSS pixels. A
 * checkbox's or radio's target includes its labels (a tap on a label ticks it).
 */
export async function smallTargets(page: Page, scope: string, min = 44): Promise<string[]> {
  return page.evaluate(
    ({ scope, min }) => {
      const small: string[] = [];
      const selector =
        'button, select, input:not([type="hidden"]), textarea, a.pb-button, a.pb-link, a.pb-copy-link, summary';
      for (const root of document.querySelectorAll(scope)) {
        for (const el of root.querySelectorAll<HTMLElement>(selector)) {
          if (el.closest('[hidden], .pb-tool-fallback')) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          // A checkbox or radio is tapped through its labels too: its target is the area they cover with it.
          const labels = /checkbox|radio/.test((el as HTMLInputElement).type ?? '')
            ? [...((el as HTMLInputElement).labels ?? [])]
            : [];
          const rects = [box, ...labels.map((label) => label.getBoundingClientRect())];
          const top = Math.min(...rects.map((r) => r.top));
          const left = Math.min(...rects.map((r) => r.left));
          const target = {
            width: Math.max(...rects.map((r) => r.right)) - left,
            height: Math.max(...rects.map((r) => r.bottom)) - top,
          };
          if (target.width < min - 0.5 || target.height < min - 0.5) {
            small.push(
              `${Math.round(target.width)}×${Math.round(target.height)} ${el.outerHTML.slice(0, 90)}`,
            );
          }
        }
      }
      return small;
    },
    { scope, min },
  );
}
