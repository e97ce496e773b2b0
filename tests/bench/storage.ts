/** Stored size of a fully filled deal (and of 500) against the quota, and click-to-saved time with 500 stored. */
import type { Page } from 'playwright-core';
import { createDealThroughUi } from '../support/deal-ui.ts';
import { fillTool, islandReady } from '../support/fill-tool.ts';
import { PAGE_TYPES, type Bench } from './context.ts';

const TOOLS = PAGE_TYPES.filter(([l]) => l.startsWith('tool'));

/** A deal with every tool filled in through its controls; returns its storage key and value. */
async function filledDeal(page: Page, base: string, text: string): Promise<[string, string]> {
  let created = false;
  for (const [, path] of TOOLS) {
    await page.goto(base + path);
    await islandReady(page);
    if (!created)
      await createDealThroughUi(
        page.locator('.pb-dealbar').first(),
        'zh',
        '华东制造 ERP 升级',
        '苏州精创电子有限公司',
      );
    created = true;
    await fillTool(page, text);
  }
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!] as [string, string]),
  );
  return stored.find(([, v]) => v.includes('"answers"'))!;
}

// Four fillings of every text field: a one-word answer; answers as long as the case
// studies' (content/case-studies/: 14 characters on average in Chinese, 45 in English);
// and a full sentence everywhere, the worst case.
const FILLINGS = [
  ['a one-word answer', 'Confirmed'],
  ['a typical Chinese answer', '财务总监确认月底结账要六天。'],
  ['a typical English answer', 'The finance lead says closing takes six days.'],
  ['a full sentence', 'Finance lead confirmed the month-end close takes six days; wants it in two.'],
] as const;
const QUOTA = 5_242_880;
const size = (key: string, value: string) => key.length + value.length;
const pct = (n: number) => `${((n * 100) / QUOTA).toFixed(0)} %`;

export async function storageSection({ browser, base, say }: Bench): Promise<void> {
  const sizes: [string, string, number][] = [];
  for (const [label, text] of FILLINGS.slice(1)) {
    const fillContext = await browser.newContext({ serviceWorkers: 'block' });
    const [key, value] = await filledDeal(await fillContext.newPage(), base, text);
    sizes.push([label, text, size(key, value)]);
    await fillContext.close();
  }
  const SHORT = FILLINGS[0][1];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const [dealKey, dealValue] = await filledDeal(page, base, SHORT);
  sizes.unshift([FILLINGS[0][0], SHORT, size(dealKey, dealValue)]);
  const fields = (JSON.stringify(JSON.parse(dealValue)).match(new RegExp(SHORT, 'g')) ?? []).length;

  say('## Storage');
  say();
  say(
    'Method: one deal with every tool filled in through its controls (every box ticked, every choice made, ' +
      `every one of its ${fields} text fields typed), its key plus value in UTF-16 code units, the unit of the ` +
      'browser’s 5 MB (5,242,880 characters) localStorage quota; 500 deals are 500 such records. Four fillings: ' +
      'every text field a one-word answer; an answer as long as the case studies’ answers (14 characters on ' +
      'average in Chinese, 45 in English); a full sentence (75 characters) in every field.',
  );
  say();
  say('| every text field holds | one deal | 500 deals |');
  say('| --- | ---: | ---: |');
  for (const [label, text, chars] of sizes) {
    say(
      `| ${label} (“${text}”, ${text.length} characters) | ${(chars / 1024).toFixed(1)} K characters | ` +
        `${((chars * 500) / 1024 / 1024).toFixed(2)} M characters (${pct(chars * 500)} of the quota) |`,
    );
  }
  say();
  say('| figure | value |');
  say('| --- | ---: |');

  // 500 filled deals stored, then a checkbox click timed until its setItem returns.
  const record = JSON.parse(dealValue) as { deal: { id: string; name: string } };
  await page.evaluate(
    ({ prefix, record }) => {
      for (let i = 0; i < 499; i++) {
        const id = `bench${String(i).padStart(4, '0')}`;
        localStorage.setItem(
          prefix + id,
          JSON.stringify({ ...record, deal: { ...record.deal, id, name: `Deal ${i}` } }),
        );
      }
    },
    { prefix: dealKey.slice(0, dealKey.length - record.deal.id.length), record },
  );
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this, …)
    const original = Storage.prototype.setItem;
    const w = window as unknown as { __clickAt?: number; __saves: number[] };
    w.__saves = [];
    Storage.prototype.setItem = function (key: string, value: string) {
      original.call(this, key, value);
      if (w.__clickAt !== undefined) w.__saves.push(performance.now() - w.__clickAt);
    };
    document.addEventListener('click', () => (w.__clickAt = performance.now()), true);
  });
  const saves: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.goto(base + '/process/implementation/');
    await islandReady(page);
    const count = await page.evaluate(() => Object.keys(localStorage).length);
    if (count < 500) throw new Error(`expected 500 deals, found ${count}`);
    await page.locator('.pb-tool-body input[type="checkbox"]').first().click();
    await page.waitForFunction(() => (window as unknown as { __saves: number[] }).__saves.length > 0);
    saves.push(await page.evaluate(() => (window as unknown as { __saves: number[] }).__saves[0]!));
  }
  saves.sort((a, b) => a - b);
  say(
    `| click → saved, 500 deals stored | median ${saves[5]!.toFixed(1)} ms, worst ${saves[9]!.toFixed(1)} ms (10 clicks) |`,
  );
  say();
  say(
    'Method (save): on the implementation checklist with 500 filled deals in storage, from the click event ' +
      '(capture phase) until `localStorage.setItem` for the deal returns.',
  );
  say();
  await context.close();
}
