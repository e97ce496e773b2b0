// "Add to calendar" and "Download as spreadsheet" on the deal board and "Add to
// calendar" on a dated tool, in both languages: the files are parsed back (ical.js,
// papaparse) and hold exactly the deals' dates and figures.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Download, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { encodeDeal } from '../../src/storage/codec';
import { dealKey } from '../../src/storage/keys';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

const ui = JSON.parse(
  readFileSync(new URL('../../content/tool-chrome.json', import.meta.url), 'utf8'),
) as Record<'zh' | 'en', Record<'calendarAdd' | 'calendarAddAll' | 'sheetDownload' | 'teamLink', string>>;

const dated = {
  id: 'dated00001',
  name: '=1+1',
  customer: '鑫达建材',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-02T08:00:00.000Z',
  answers: {
    events: { 'event-1': { picked: true, evidence: '', owner: '', date: '2026-12-31', talkingPoint: '' } },
    negotiation: { 'close-date': '2027-01-15' },
    implementation: { 'step-1': { done: true, date: '2027-02-01' } },
  },
  notes: '',
  rev: 1,
};
const plain = { ...dated, id: 'plain00001', name: '锦绣服饰 ERP', answers: {} };

async function seed(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(
    (records) => {
      for (const [key, value] of records) localStorage.setItem(key, value);
    },
    [
      [dealKey(dated.id), encodeDeal(dated)],
      [dealKey(plain.id), encodeDeal(plain)],
      ['playbook:meta', JSON.stringify({ version: 1, currentDealId: dated.id, lastExportAt: null })],
    ] as [string, string][],
  );
  await page.reload();
}

async function text(download: Promise<Download>): Promise<{ name: string; body: string }> {
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks).toString('utf8') };
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

for (const lang of ['zh', 'en'] as const) {
  const base = lang === 'en' ? '/en' : '';
  test(`the deal board downloads all dates and the spreadsheet (${lang})`, async ({ page }) => {
    await seed(page, `${base}/deals/`);
    const calendar = text(page.waitForEvent('download'));
    await page.getByRole('button', { name: ui[lang].calendarAddAll }).click();
    const ics = await calendar;
    expect(ics.name).toMatch(/\.ics$/);
    const found = events(ics.body);
    expect(found.map((e) => e.startDate.toString()).sort()).toEqual([
      '2026-12-31',
      '2027-01-15',
      '2027-02-01',
    ]);
    expect(found.every((e) => e.summary.startsWith('=1+1'))).toBe(true);
    expect(found.map((e) => e.component.getFirstPropertyValue('url'))).toContain(
      `${new URL(page.url()).origin}${base}/process/negotiation/#negotiation--step-4`,
    );
    await expect(page.getByRole('status').filter({ hasText: '3' }).first()).toBeVisible();

    const sheet = text(page.waitForEvent('download'));
    await page.getByRole('button', { name: ui[lang].sheetDownload }).click();
    const csv = await sheet;
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.body.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const names = rows.slice(1).map((row) => row[0]);
    expect(names.sort()).toEqual(["'=1+1", '锦绣服饰 ERP'].sort());
    const formula = rows.find((row) => row[0] === "'=1+1")!;
    // Stage reached counts gates met (the board's rule): dates alone meet no stage's gate.
    expect(formula[2]).toBe('0');
    expect(formula[7]).toBe('2027-01-15');
    await expect(page.getByRole('link', { name: ui[lang].teamLink })).toHaveAttribute(
      'href',
      `${base}/team/`,
    );
  });

  test(`a dated tool adds the current deal's dates to the calendar (${lang})`, async ({ page }) => {
    await seed(page, `${base}/process/negotiation/`);
    const download = text(page.waitForEvent('download'));
    await page.getByRole('button', { name: ui[lang].calendarAdd, exact: true }).click();
    const found = events((await download).body);
    expect(found.map((e) => e.uid).sort()).toEqual(
      [
        'dated00001.events.event-1@sales-playbook',
        'dated00001.implementation.step-1@sales-playbook',
        'dated00001.negotiation.close-date@sales-playbook',
      ].sort(),
    );
  });
}
