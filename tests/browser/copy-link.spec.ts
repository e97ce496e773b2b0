/**
 * Copy link and item anchors for trainers, in headless Chromium over the built site:
 * a link to a checklist item lands on it and highlights it; the copy controls of sections
 * and items put the absolute link on the clipboard and say so; the language picker keeps
 * the anchor; a trainee with no deal sees the item in the tool's read-only list, then in
 * the tool once a deal exists; without JavaScript an item link is a plain link. Both languages, no page
 * errors, no axe violations while "Link copied" shows.
 */
import type { Page } from '@playwright/test';
import en from '../../content/i18n/en.json' with { type: 'json' };
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };
import events from '../../content/tools/events.json' with { type: 'json' };
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { stopClock } from '../support/clock.ts';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { expect, test } from '../support/fixtures.ts';

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

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('.pb-copy-status');
const origin = (page: Page) => new URL(page.url()).origin;

/**
 * Keeps the "copied" note on screen while axe looks at it (it goes after 3 s, which the
 * section test checks on the page's clock; axe itself needs the page's timers running).
 */
const keepNote = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const host = document.querySelector(selector)!;
    const note = host.getAttribute('data-copied')!;
    new MutationObserver(() => {
      if (!host.hasAttribute('data-copied')) host.setAttribute('data-copied', note);
    }).observe(host, { attributes: true });
  }, selector);

for (const { lang, prefix, text, event8, headings } of LANGS) {
  test.describe(`arriving at an anchor (${lang})`, () => {
    test('a link to a checklist item scrolls to the island’s item and highlights it', async ({
      context,
      page,
      pageErrors,
    }) => {
      const setup = await context.newPage();
      await setup.goto(`${prefix}/process/compelling-events/`);
      await createDealThroughUi(setup, lang, lang === 'zh' ? '链接测试' : 'Link test');
      await setup.close();

      await page.goto(`${prefix}/process/compelling-events/#events--event-8`);
      const item = page.locator('.pb-tool-live li#events--event-8');
      await expect(item).toHaveClass(/\bpb-arrived\b/);
      await expect(item.getByRole('checkbox', { name: event8, exact: true })).toHaveCount(1);
      await expect(item).toBeInViewport();
      await expect(item).toHaveCSS('animation-name', 'pb-arrive');
      // The server-rendered copy of the list is hidden under the island, and nothing else is lit.
      await expect(page.locator('.pb-tool-fallback #events--event-8')).toBeHidden();
      await expect(page.locator('.pb-arrived')).toHaveCount(1);

      // The section with the event's own id is the page's text about it: highlighted in turn.
      await page.goto(`${prefix}/process/compelling-events/#event-8`);
      await expect(page.locator('.sl-heading-wrapper.pb-arrived:has(> #event-8)')).toBeAttached();
      await expect(page.locator('#event-8')).toBeInViewport();
      await expect(page.locator('.pb-arrived')).toHaveCount(1);
      expect(pageErrors).toEqual([]);
    });

    test('a trainee with no deal sees the item in the read-only list, then in the tool once a deal is created', async ({
      page,
      pageErrors,
    }) => {
      await page.goto(`${prefix}/process/compelling-events/#events--event-8`);
      const tool = '.pb-tool[data-tool="events"]';
      await expect(page.locator(`${tool} .pb-tool-live > .pb-notice`)).toBeVisible();
      const listed = page.locator(`${tool} .pb-tool-fallback li#events--event-8`);
      await expect(listed).toHaveClass(/\bpb-arrived\b/);
      await expect(listed).toBeInViewport();

      await createDealThroughUi(page, lang, lang === 'zh' ? '学员的交易' : 'Trainee deal');
      const item = page.locator('.pb-tool-live li#events--event-8');
      await expect(item).toHaveClass(/\bpb-arrived\b/);
      await expect(item).toBeInViewport();
      await expect(listed).toBeHidden();
      await expect(page.locator('.pb-arrived')).toHaveCount(1);
      expect(pageErrors).toEqual([]);
    });

    test.describe('with reduced motion', () => {
      test.use({ reducedMotion: 'reduce' });
      test('the highlight is a still outline', async ({ page }) => {
        await page.goto(`${prefix}/process/prospecting/#size`);
        const wrapper = page.locator('.sl-heading-wrapper:has(> #size)');
        await expect(wrapper).toHaveClass(/\bpb-arrived\b/);
        await expect(wrapper).toHaveCSS('animation-name', 'pb-arrive-still');
      });
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('an item’s link opens the item in the server-rendered list', async ({ page }) => {
        await page.goto(`${prefix}/process/compelling-events/#events--event-8`);
        const item = page.locator('.pb-tool-fallback li#events--event-8');
        await expect(item).toBeVisible();
        await expect(item).toBeInViewport();
        await expect(item.locator('.pb-copy-link')).toHaveAttribute('href', '#events--event-8');
      });
    });
  });

  test.describe(`copy link (${lang})`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('a section’s control copies its absolute link, shows and announces it, sets the address bar, and the note goes after 3 s', async ({
      page,
      pageErrors,
    }) => {
      await page.clock.install();
      await page.goto(`${prefix}/process/prospecting/`);
      const control = page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.size) });
      await expect(control).toHaveAttribute('href', '#size');
      await stopClock(page);
      await control.click();

      // The note appears once the clipboard has the link (a promise, not a timer); only then
      // is the status line's 50 ms timer set, so the clock runs on after it, never before.
      const wrapper = page.locator('.sl-heading-wrapper:has(> #size)');
      await expect(wrapper).toHaveAttribute('data-copied', text['links.copied']);
      await page.clock.runFor(100);
      await expect(status(page)).toHaveText(text['links.copied']);
      expect(await clipboard(page)).toBe(`${origin(page)}${prefix}/process/prospecting/#size`);
      await expect(status(page)).toHaveAttribute('role', 'status');
      expect(new URL(page.url()).hash).toBe('#size');
      // Copying does not jump: the heading stays where it was clicked.
      await expect(page.locator('#size')).toBeInViewport();
      // The note goes by itself, three seconds later.
      await page.clock.runFor(2500);
      await expect(wrapper).toHaveAttribute('data-copied', text['links.copied']);
      await page.clock.runFor(500);
      await expect(page.locator('[data-copied]')).toHaveCount(0);
      expect(pageErrors).toEqual([]);
    });

    test('a checklist item’s control in the island copies its link from the keyboard', async ({
      page,
      pageErrors,
    }) => {
      await page.goto(`${prefix}/process/compelling-events/`);
      await createDealThroughUi(page, lang, 'Keyboard copy');
      const control = page
        .locator('.pb-tool-live')
        .getByRole('link', { name: named(text['links.item'], event8) });
      await control.focus();
      await page.keyboard.press('Enter');

      await expect(control).toHaveAttribute('data-copied', text['links.copied']);
      await expect(status(page)).toHaveText(text['links.copied']);
      expect(await clipboard(page)).toBe(
        `${origin(page)}${prefix}/process/compelling-events/#events--event-8`,
      );
      await expect(control).toBeFocused();
      expect(new URL(page.url()).hash).toBe('#events--event-8');
      expect(pageErrors).toEqual([]);
    });

    test('has no axe violations while “Link copied” shows, in both themes', async ({ page }) => {
      await page.goto(`${prefix}/process/compelling-events/`);
      await createDealThroughUi(page, lang, 'Axe');
      await page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.glance) }).click();
      await expect(status(page)).toHaveText(text['links.copied']);
      await keepNote(page, '.sl-heading-wrapper[data-copied]');
      expect(await axeViolationsInBothThemes(page)).toEqual([]);
      await expect(page.locator('.sl-heading-wrapper[data-copied]')).toHaveCount(1);

      await page.locator('.pb-tool-live .pb-copy-link').first().click();
      await expect(page.locator('.pb-tool-live .pb-copy-link[data-copied]')).toHaveCount(1);
      await keepNote(page, '.pb-tool-live .pb-copy-link[data-copied]');
      expect(await axeViolationsInBothThemes(page)).toEqual([]);
      await expect(page.locator('.pb-tool-live .pb-copy-link[data-copied]')).toHaveCount(1);
    });
  });

  test.describe(`copy link without the clipboard API (${lang})`, () => {
    test('copies through a selected field, and says so when that fails too', async ({
      context,
      page,
      pageErrors,
    }) => {
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined });
        const copied: string[] = [];
        Object.assign(window, { copied });
        document.addEventListener('copy', (event) => {
          const field = event.target as HTMLTextAreaElement;
          copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
        });
      });
      await page.goto(`${prefix}/process/prospecting/`);
      await page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.size) }).click();
      await expect(status(page)).toHaveText(text['links.copied']);
      expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
        `${origin(page)}${prefix}/process/prospecting/#size`,
      ]);
      await expect(page.locator('.pb-copy-buffer')).toHaveCount(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#size');

      // Refused both ways: the link is in the address bar, and the message says to copy it from there.
      await page.evaluate(() => (document.execCommand = () => false));
      await page.getByRole('link', { name: named(text['heading.anchorLabel'], headings.ownership) }).click();
      await expect(status(page)).toHaveText(text['links.failed']);
      expect(new URL(page.url()).hash).toBe('#ownership');
      expect(pageErrors).toEqual([]);
    });
  });
}

test.describe('language switch', () => {
  test('keeps the anchor from Chinese to English and back, and lands on the section', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/process/prospecting/#size');
    await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
    await expect(page).toHaveURL('/en/process/prospecting/#size');
    await expect(page.locator('.sl-heading-wrapper.pb-arrived:has(> #size)')).toBeAttached();
    await expect(page.locator('#size')).toBeInViewport();

    await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
    await expect(page).toHaveURL('/process/prospecting/#size');
    await expect(page.locator('.sl-heading-wrapper.pb-arrived:has(> #size)')).toBeAttached();
    expect(pageErrors).toEqual([]);
  });

  test.describe('with the clipboard allowed', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test('keeps an item’s anchor put in the address bar by copying, and switches plainly without one', async ({
      page,
      pageErrors,
    }) => {
      await page.goto('/en/process/implementation/');
      await page
        .getByRole('combobox', { name: 'Select language' })
        .first()
        .selectOption({ label: '简体中文' });
      await expect(page).toHaveURL('/process/implementation/');

      await createDealThroughUi(page, 'zh', '实施');
      await page.locator('.pb-tool-live li#implementation--step-2 .pb-copy-link').click();
      await expect(page).toHaveURL(/#implementation--step-2$/);
      await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
      await expect(page).toHaveURL('/en/process/implementation/#implementation--step-2');
      await expect(page.locator('.pb-tool-live li#implementation--step-2.pb-arrived')).toBeAttached();
      expect(pageErrors).toEqual([]);
    });
  });
});
