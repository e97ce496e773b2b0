/**
 * A new release deployed while a rep has the site open: each open page learns of it and
 * offers a reload in its language, nothing reloads on its own, and after the rep's click
 * the new release runs with the rep's deal intact. (Project "offline": service workers allowed.)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/pwa/build/service-worker.ts';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { DIST } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';
import { collectErrors } from '../support/page-errors.ts';
import { requireFinishedBuild, untilControlled } from '../support/service-worker.ts';
import { serveStatic } from '../support/static-server.ts';

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

const release = (page: Page) => page.locator('meta[name="release"]');
/** Marks the page's JavaScript state: a reload wipes the mark. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { mark: boolean }).mark = true));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { mark?: boolean }).mark === true);
/** What the page does when it becomes visible again: look for a new release. */
const comeBack = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

test.beforeAll(() => {
  requireFinishedBuild();
  dir = mkdtempSync(join(tmpdir(), 'playbook-release-'));
  cpSync(DIST, dir, { recursive: true });
});
test.beforeAll(async () => {
  ({ server, url: base } = await serveStatic(dir));
});
test.afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a new release is offered in each page’s language, waits for the rep, and keeps the deal', async ({
  context,
}) => {
  const en = await context.newPage();
  const zh = await context.newPage();
  const errors = [...collectErrors(en), ...collectErrors(zh)];
  // The pages' timers run on clocks the test moves (the hourly check for a new release among them).
  await en.clock.install();
  await zh.clock.install();

  await en.goto(`${base}/en/process/implementation/`);
  await untilControlled(en);
  await createDealThroughUi(en, 'en', 'Update-proof deal', 'Lakeside Trading');
  await en.getByRole('checkbox', { name: 'Payment collected and software installed' }).check();
  await expect(en.locator('.pb-summary')).toContainText('1 of 4 steps done');
  await zh.goto(`${base}/process/implementation/`);
  await untilControlled(zh);
  await Promise.all([mark(en), mark(zh)]);
  await expect(release(en)).toHaveCount(0);

  await deployNewRelease(dir);
  await comeBack(en);
  await comeBack(zh);

  const enOffer = en.locator('.pb-update');
  const zhOffer = zh.locator('.pb-update');
  await expect(enOffer).toContainText('A new version of this site is ready');
  await expect(zhOffer).toContainText('本网站有新版本');
  expect(await en.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(
    true,
  );

  // Nothing reloads under the rep's hands, however long the pages stay open: two hours on their clocks.
  await en.clock.runFor('02:00:00');
  await zh.clock.runFor('02:00:00');
  expect([await marked(en), await marked(zh)]).toEqual([true, true]);
  await expect(en.getByRole('checkbox', { name: 'Payment collected and software installed' })).toBeChecked();
  await expect(enOffer).toBeVisible();

  // The rep accepts on the English page: the new release takes over and that page reloads.
  await Promise.all([en.waitForEvent('load'), enOffer.getByRole('button', { name: 'Reload' }).click()]);
  expect(await marked(en)).toBe(false);
  await expect(release(en)).toHaveAttribute('content', '2');
  await expect(en.getByRole('checkbox', { name: 'Payment collected and software installed' })).toBeChecked();
  await expect(en.getByLabel('Current deal').locator('option:checked')).toHaveText(
    'Update-proof deal · Lakeside Trading',
  );
  await expect(enOffer).toHaveCount(0);

  // The Chinese page was not reloaded; it still offers, and reloads on its rep's click.
  expect(await marked(zh)).toBe(true);
  await expect(zhOffer).toBeVisible();
  await Promise.all([zh.waitForEvent('load'), zhOffer.getByRole('button', { name: '刷新' }).click()]);
  await expect(release(zh)).toHaveAttribute('content', '2');
  await expect(zh.getByRole('checkbox', { name: '收款并安装软件' })).toBeChecked();

  expect(errors).toEqual([]);
});
