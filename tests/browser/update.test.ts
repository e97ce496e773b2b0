/**
 * A new release deployed while a rep has the site open: each open page learns of it and
 * offers a reload in its language, nothing reloads on its own, and after the rep's click
 * the new release runs with the rep's deal intact.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/pwa/build/service-worker.ts';
import { createDeal, requireFinishedBuild, untilControlled } from '../pwa/browser-support.ts';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic } from '../support/static-server.ts';

let browser: Browser;
let server: Server;
/** The served copy of the build, and its address. */
let dir: string;
let base: string;

/** Deploys "release 2" over the copy being served: every page changes, and so does sw.js. */
async function deployNewRelease(folder: string): Promise<void> {
  const pages = (d: string): string[] =>
    readdirSync(d).flatMap((n) => {
      const p = join(d, n);
      return statSync(p).isDirectory() ? pages(p) : p.endsWith('.html') ? [p] : [];
    });
  for (const file of pages(folder))
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('</head>', '<meta name="release" content="2"></head>'),
    );
  await writeServiceWorker(folder);
}

const release = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="release"]')?.getAttribute('content') ?? '1');
/** Marks the page's JavaScript state: a reload wipes the mark. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { mark: boolean }).mark = true));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { mark?: boolean }).mark === true);
/** What the page does when it becomes visible again: look for a new release. */
const comeBack = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

beforeAll(async () => {
  requireFinishedBuild();
  dir = mkdtempSync(join(tmpdir(), 'playbook-release-'));
  cpSync(DIST, dir, { recursive: true });
  ({ server, url: base } = await serveStatic(dir));
  browser = await launchBrowser({ serviceWorkers: 'allow' });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new release while the site is open', () => {
  it('is offered in each page’s language, waits for the rep, and keeps the deal', async () => {
    const context = await browser.newContext();
    const en = await context.newPage();
    const zh = await context.newPage();
    const errors = [...collectErrors(en), ...collectErrors(zh)];

    await en.goto(`${base}/en/process/implementation/`);
    await untilControlled(en);
    await createDeal(en, 'en', 'Update-proof deal', 'Lakeside Trading');
    await en.getByLabel('Payment collected and software installed').check();
    await expect.poll(() => en.locator('.pb-summary').textContent()).toContain('1 of 4 steps done');
    await zh.goto(`${base}/process/implementation/`);
    await untilControlled(zh);
    await Promise.all([mark(en), mark(zh)]);
    expect(await release(en)).toBe('1');

    await deployNewRelease(dir);
    await comeBack(en);
    await comeBack(zh);

    const enOffer = en.locator('.pb-update');
    const zhOffer = zh.locator('.pb-update');
    await expect
      .poll(() => enOffer.textContent(), { timeout: 15_000 })
      .toContain('A new version of this site is ready');
    await expect.poll(() => zhOffer.textContent(), { timeout: 15_000 }).toContain('本网站有新版本');
    expect(await en.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(
      true,
    );

    // Nothing reloads under the rep's hands: the pages, and what is on them, stay.
    await en.waitForTimeout(1000);
    expect([await marked(en), await marked(zh)]).toEqual([true, true]);
    expect(await en.getByLabel('Payment collected and software installed').isChecked()).toBe(true);

    // The rep accepts on the English page: the new release takes over and that page reloads.
    await Promise.all([en.waitForEvent('load'), enOffer.getByRole('button', { name: 'Reload' }).click()]);
    expect(await marked(en)).toBe(false);
    expect(await release(en)).toBe('2');
    await expect.poll(() => en.getByLabel('Payment collected and software installed').isChecked()).toBe(true);
    expect(await en.getByLabel('Current deal').locator('option:checked').textContent()).toBe(
      'Update-proof deal · Lakeside Trading',
    );
    expect(await enOffer.count()).toBe(0);

    // The Chinese page was not reloaded; it still offers, and reloads on its rep's click.
    expect(await marked(zh)).toBe(true);
    expect(await zhOffer.isVisible()).toBe(true);
    await Promise.all([zh.waitForEvent('load'), zhOffer.getByRole('button', { name: '刷新' }).click()]);
    expect(await release(zh)).toBe('2');
    await expect.poll(() => zh.getByLabel('收款并安装软件').isChecked()).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
