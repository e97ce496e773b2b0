/**
 * Copy link and item anchors for trainers, in headless Chromium over the built site:
 * a link to a checklist item lands on it and highlights it; the copy controls of sections
 * and items put the absolute link on the clipboard and say so; the language picker keeps
 * the anchor; a trainee with no deal lands on the tool, then on the item once a deal
 * exists; without JavaScript an item link is a plain link. Both languages, no page
 * errors, no axe violations while "Link copied" shows.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../content/i18n/en.json';
import events from '../../content/tools/events.json';
import zh from '../../content/i18n/zh-CN.json';
import { collectErrors, createDealThroughUi, launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const base = inject('baseUrl');
const origin = new URL(base).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The events tool's item 8 as its list shows it: number and label. */
const event8 = (lang: 'zh' | 'en') => `8. ${events.items.find((item) => item.id === 'event-8')!.label[lang]}`;

const LANGS = [
  {
    lang: 'zh',
    prefix: '',
    text: zh,
    event8: event8('zh'),
    headings: { size: '企业规模', ownership: '企业性质', glance: '本阶段概要' },
  },
  {
    lang: 'en',
    prefix: '/en',
    text: en,
    event8: event8('en'),
    headings: { size: 'Company size', ownership: 'Ownership', glance: 'At a glance' },
  },
] as const;

const named = (template: string, title: string) => template.replace('{{title}}', title);

/** True when the element's top edge is inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && box.height > 0;
  });

const animationOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => getComputedStyle(el).animationName);

/** A context whose clipboard the page may write and the test may read. */
async function clipboardContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('.pb-copy-status').textContent();

/**
 * Keeps the "copied" note on `selector` for as long as the test needs it (it goes after 3 s).
 * Named, not the first [data-copied]: an earlier kept note stays too, and comes first.
 */
const keepNote = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const host = document.querySelector(`${selector}[data-copied]`)!;
    const note = host.getAttribute('data-copied')!;
    new MutationObserver(() => {
      if (!host.hasAttribute('data-copied')) host.setAttribute('data-copied', note);
    }).observe(host, { attributes: true });
  }, selector);

describe.each(LANGS)('arriving at an anchor ($lang)', ({ lang, prefix, event8 }) => {
  it('a link to a checklist item scrolls to the island’s item and highlights it', async () => {
    const context = await browser.newContext();
    const setup = await context.newPage();
    await setup.goto(`${base}${prefix}/process/compelling-events/`);
    await createDealThroughUi(setup, lang, lang === 'zh' ? '链接测试' : 'Link test');
    await setup.locator('.pb-tool-body').waitFor();
    await setup.close();

    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${prefix}/process/compelling-events/#events--event-8`);
    const item = '.pb-tool-live li#events--event-8';
    await page.locator(`${item}.pb-arrived`).waitFor();
    expect(await page.locator(item).getByRole('checkbox', { name: event8, exact: true }).count()).toBe(1);
    await expect.poll(() => inView(page, item)).toBe(true);
    expect(await animationOf(page, item)).toBe('pb-arrive');
    // The server-rendered copy of the list is hidden under the island, and nothing else is lit.
    expect(await page.locator('.pb-tool-fallback #events--event-8').isVisible()).toBe(false);
    expect(await page.locator('.pb-arrived').count()).toBe(1);

    // The section with the event's own id is the page's text about it: highlighted in turn.
    await page.goto(`${base}${prefix}/process/compelling-events/#event-8`);
    await page.locator('.sl-heading-wrapper.pb-arrived:has(> #event-8)').waitFor();
    await expect.poll(() => inView(page, '#event-8')).toBe(true);
    expect(await page.locator('.pb-arrived').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a trainee with no deal lands on the tool, then on the item once a deal is created', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${prefix}/process/compelling-events/#events--event-8`);
    const tool = '.pb-tool[data-tool="events"]';
    await page.locator(`${tool}.pb-arrived .pb-tool-live`).waitFor();
    expect(await page.locator(`${tool} .pb-tool-live > .pb-notice`).isVisible()).toBe(true);
    await expect.poll(() => inView(page, tool)).toBe(true);

    await createDealThroughUi(page, lang, lang === 'zh' ? '学员的交易' : 'Trainee deal');
    const item = '.pb-tool-live li#events--event-8';
    await page.locator(`${item}.pb-arrived`).waitFor();
    await expect.poll(() => inView(page, item)).toBe(true);
    expect(await page.locator(`${tool}.pb-arrived`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with reduced motion the highlight is a still outline', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}${prefix}/process/prospecting/#size`);
    const wrapper = '.sl-heading-wrapper:has(> #size)';
    await page.locator(`${wrapper}.pb-arrived`).waitFor();
    expect(await animationOf(page, wrapper)).toBe('pb-arrive-still');
    await context.close();
  });

  it('without JavaScript an item’s link opens the item in the server-rendered list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${prefix}/process/compelling-events/#events--event-8`);
    const item = '.pb-tool-fallback li#events--event-8';
    expect(await page.locator(item).isVisible()).toBe(true);
    await expect.poll(() => inView(page, item)).toBe(true);
    expect(await page.locator(`${item} .pb-copy-link`).getAttribute('href')).toBe('#events--event-8');
    await context.close();
  });
});

describe.each(LANGS)('copy link ($lang)', ({ lang, prefix, text, event8, headings }) => {
  it('a section’s control copies its absolute link, shows and announces it, and sets the address bar', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${prefix}/process/prospecting/`);
    const control = page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.size) });
    expect(await control.getAttribute('href')).toBe('#size');
    await control.click();

    await expect
      .poll(() => page.locator('.sl-heading-wrapper:has(> #size)').getAttribute('data-copied'))
      .toBe(text['links.copied']);
    await expect.poll(() => clipboard(page)).toBe(`${origin}${prefix}/process/prospecting/#size`);
    await expect.poll(() => status(page)).toBe(text['links.copied']);
    expect(await page.locator('.pb-copy-status').getAttribute('role')).toBe('status');
    expect(new URL(page.url()).hash).toBe('#size');
    // Copying does not jump: the heading stays where it was clicked.
    expect(await inView(page, '#size')).toBe(true);
    // The note goes by itself.
    await page.locator('[data-copied]').waitFor({ state: 'detached', timeout: 6000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a checklist item’s control in the island copies its link from the keyboard', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${prefix}/process/compelling-events/`);
    await createDealThroughUi(page, lang, 'Keyboard copy');
    const control = page
      .locator('.pb-tool-live')
      .getByRole('link', { name: named(text['links.item'], event8) });
    await control.focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => control.getAttribute('data-copied')).toBe(text['links.copied']);
    await expect
      .poll(() => clipboard(page))
      .toBe(`${origin}${prefix}/process/compelling-events/#events--event-8`);
    await expect.poll(() => status(page)).toBe(text['links.copied']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#events--event-8');
    expect(new URL(page.url()).hash).toBe('#events--event-8');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without the clipboard API it copies through a selected field, and says so when that fails too', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      const copied: string[] = [];
      Object.assign(window, { copied });
      document.addEventListener('copy', (event) => {
        const field = event.target as HTMLTextAreaElement;
        copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
      });
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${prefix}/process/prospecting/`);
    await page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.size) }).click();
    await expect.poll(() => status(page)).toBe(text['links.copied']);
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      `${origin}${prefix}/process/prospecting/#size`,
    ]);
    expect(await page.locator('.pb-copy-buffer').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#size');

    // Refused both ways: the link is in the address bar, and the message says to copy it from there.
    await page.evaluate(() => (document.execCommand = () => false));
    await page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.ownership) }).click();
    await expect.poll(() => status(page)).toBe(text['links.failed']);
    expect(new URL(page.url()).hash).toBe('#ownership');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations while “Link copied” shows, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await clipboardContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${base}${prefix}/process/compelling-events/`);
      await createDealThroughUi(page, lang, 'Axe');
      await page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.glance) }).click();
      await expect.poll(() => status(page)).toBe(text['links.copied']);
      await keepNote(page, '.sl-heading-wrapper');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('.sl-heading-wrapper[data-copied]').count()).toBe(1);

      await page.locator('.pb-tool-live .pb-copy-link').first().click();
      await expect.poll(() => page.locator('.pb-tool-live .pb-copy-link[data-copied]').count()).toBe(1);
      await keepNote(page, '.pb-tool-live .pb-copy-link');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('.pb-tool-live .pb-copy-link[data-copied]').count()).toBe(1);
      await context.close();
    }
  });
});

describe('language switch', () => {
  it('keeps the anchor from Chinese to English and back, and lands on the section', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/process/prospecting/#size`);
    await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
    await page.waitForURL(`${base}/en/process/prospecting/#size`);
    await page.locator('.sl-heading-wrapper.pb-arrived:has(> #size)').waitFor();
    await expect.poll(() => inView(page, '#size')).toBe(true);

    await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
    await page.waitForURL(`${base}/process/prospecting/#size`);
    await page.locator('.sl-heading-wrapper.pb-arrived:has(> #size)').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps an item’s anchor put in the address bar by copying, and switches plainly without one', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/en/process/implementation/`);
    await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
    await page.waitForURL(`${base}/process/implementation/`);

    await createDealThroughUi(page, 'zh', '实施');
    await page.locator('.pb-tool-live li#implementation--step-2 .pb-copy-link').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#implementation--step-2');
    await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
    await page.waitForURL(`${base}/en/process/implementation/#implementation--step-2`);
    await page.locator('.pb-tool-live li#implementation--step-2.pb-arrived').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
