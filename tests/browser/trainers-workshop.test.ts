// The workshop view: a stage in a presenter layout, one section at a time.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import stagesData from '../../content/stages.json';
import { collectErrors, launchBrowser } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = {
  en: { prefix: '/en', link: 'Workshop view', exit: 'Leave workshop view (Esc)', glance: 'At a glance' },
  zh: { prefix: '', link: '工作坊视图', exit: '退出工作坊视图 (Esc)', glance: '本阶段概要' },
} as const;

/** The heading of the slide on screen. */
const shown = (page: Page) =>
  page.locator('.pb-ws-slide:not([hidden])').locator('h1, h2, h3').first().textContent();
const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight <= innerHeight);

describe.each(['en', 'zh'] as const)('workshop view (%s)', (lang) => {
  const t = TEXT[lang];

  it('opens from the stage page, steps with the keyboard, fits the projector and leaves with Esc', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}${t.prefix}/process/implementation/`);
    await page.getByRole('link', { name: t.link, exact: true }).click();
    await page.waitForURL(`${base}${t.prefix}/workshop/implementation/`);
    // No Starlight header or sidebar; one slide at a time.
    expect(await page.locator('nav.sidebar, header.header').count()).toBe(0);
    await page.locator('body.pb-ws-live').waitFor();
    const count = await page.locator('.pb-ws-slide').count();
    expect(await page.locator('.pb-ws-slide:not([hidden])').count()).toBe(1);
    expect(await page.locator('#ws-count').textContent()).toBe(`1 / ${count}`);

    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toContain(t.glance);
    expect(page.url()).toMatch(/#at-a-glance$/);
    expect(await fits(page)).toBe(true);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    expect(await page.locator('#ws-count').textContent()).toBe(`4 / ${count}`);
    const fourth = await shown(page);
    expect(await fits(page)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    expect(await page.locator('#ws-count').textContent()).toBe(`2 / ${count}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toBe(fourth);

    // Esc goes back to the normal page, at the section that was on screen.
    const section = new URL(page.url()).hash;
    await page.keyboard.press('Escape');
    await page.waitForURL(`${base}${t.prefix}/process/implementation/${section}`);
    expect(await page.locator('nav.sidebar').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts at the section in the address and has a visible way out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${base}${t.prefix}/workshop/compelling-events/#event-8`);
    await page.locator('body.pb-ws-live').waitFor();
    expect(await page.locator('.pb-ws-slide:not([hidden])').getAttribute('data-section')).toBe('event-8');
    expect(await fits(page)).toBe(true);
    const exit = page.getByRole('link', { name: t.exit });
    expect(await exit.isVisible()).toBe(true);
    await exit.click();
    await page.waitForURL(`${base}${t.prefix}/process/compelling-events/#event-8`);
    await context.close();
  });
});

const STAGES = stagesData.stages.map((stage) => stage.id);

describe.each(['en', 'zh'] as const)('every normal section fits a 1280×720 projector (%s)', (lang) => {
  it.each(STAGES)('%s', async (stage) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${base}${TEXT[lang].prefix}/workshop/${stage}/`);
    await page.locator('body.pb-ws-live').waitFor();
    const count = await page.locator('.pb-ws-slide').count();
    const tooLong: string[] = [];
    const sections = new Set<string>();
    for (let i = 0; i < count; i++) {
      const slide = page.locator('.pb-ws-slide:not([hidden])');
      const section = (await slide.getAttribute('data-section')) ?? '';
      sections.add(section);
      // The tool's full checklist and the quiz are one block each: they may scroll.
      if (section !== 'tool' && section !== 'quiz' && !(await fits(page))) tooLong.push(section);
      // A continued section repeats its heading; only the first slide carries the id.
      if ((await slide.locator('.pb-ws-continued').count()) > 0)
        expect(await slide.locator(`[id="${section}"]`).count()).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
    expect(tooLong).toEqual([]);
    expect(sections.has('at-a-glance')).toBe(true);
    await page.close();
  });
});
