// The team view's "Download as spreadsheet" and "Add all dates to calendar", in both
// languages, with 30 files and 5 links loaded: the files are parsed back (papaparse,
// ical.js) and hold exactly the loaded deals' figures and dates, row by row and date by
// date; cells that could run as a formula are text; the calendar is RFC 5545 text.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Download, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Deal } from '../../src/deals/schema';
import { summarizeDeal } from '../../src/board/summary';
import { definitions, loadTeam } from './team-fixtures';

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

type Lang = 'zh' | 'en';
const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const chrome = read('content/tool-chrome.json') as Record<
  Lang,
  Record<'sheetDownload' | 'calendarAddAll', string>
>;
const exportsText = read('content/exports.json') as { columns: Record<string, Record<Lang, string>> };
const board = (read('content/board.json') as { text: Record<string, Record<Lang, string>> }).text;
const stages = (read('content/stages.json') as { stages: Record<Lang, { title: string }>[] }).stages;
const VERDICT = {
  pursue: 'verdictPursue',
  nurture: 'verdictNurture',
  'do-not-pursue': 'verdictDoNotPursue',
  incomplete: 'verdictIncomplete',
} as const;

async function body(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  const file: Download = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** What Excel must see as text: a leading apostrophe before = + - @. */
const asText = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
const pad = (n: number) => String(n).padStart(2, '0');
/** The last change in the browser's local time, as the sheet writes it (same machine, same zone). */
function localTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The sheet's row for a deal, from the board's own summary. */
function expectedRow(deal: Deal, lang: Lang): string[] {
  const summary = summarizeDeal(deal, definitions);
  const close = deal.answers.negotiation?.['close-date'];
  return [
    asText(deal.name),
    asText(deal.customer),
    String(summary.stageReached),
    stages[summary.stageReached - 1]?.[lang].title ?? '',
    board[VERDICT[summary.verdict]]![lang],
    String(summary.eventCount),
    String(summary.closeMet),
    isDate(close) ? close : '',
    localTime(deal.updatedAt),
  ];
}

/** Every date the deal records, by the calendar entry's UID (independent of the site's reader). */
function expectedDates(deal: Deal): [string, string][] {
  const found: [string, string][] = [];
  const uid = (tool: string, item: string) => `${deal.id}.${tool}.${item}@sales-playbook`;
  for (const [tool, items] of Object.entries(deal.answers))
    for (const [item, value] of Object.entries(items ?? {})) {
      const fields = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
      if (tool === 'events' && fields?.['picked'] === true && isDate(fields['date']))
        found.push([uid(tool, item), fields['date']]);
      else if ((tool === 'demo' || tool === 'negotiation') && isDate(value))
        found.push([uid(tool, item), value]);
      else if ((tool === 'implementation' || item === 'trial-agreement') && isDate(fields?.['date']))
        found.push([uid(tool, item), fields['date']]);
    }
  return found;
}

for (const lang of ['zh', 'en'] as const) {
  test(`the team view's spreadsheet and calendar hold exactly the loaded deals (${lang})`, async ({
    page,
  }) => {
    await page.goto(lang === 'en' ? '/en/team/' : '/team/');
    const fixture = await loadTeam(page, lang);
    const sheetButton = page.getByRole('button', { name: chrome[lang].sheetDownload });

    const csv = await body(page, () => sheetButton.click());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const columns = exportsText.columns;
    expect(rows[0]).toEqual(Object.values(columns).map((c) => c[lang]));
    const sorted = (list: string[][]) => list.map((row) => JSON.stringify(row)).sort();
    expect(sorted(rows.slice(1))).toEqual(sorted(fixture.deals.map((deal) => expectedRow(deal, lang))));
    // The deal named =1+1 (customer @公司) is text, not a formula.
    expect(rows.find((row) => row[0]?.includes('=1+1'))?.slice(0, 2)).toEqual(["'=1+1", "'@公司"]);

    const ics = await body(page, () =>
      page.getByRole('button', { name: chrome[lang].calendarAddAll }).click(),
    );
    // RFC 5545 §3.1: CRLF line ends, lines folded at 75 octets.
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.filter((line) => line.includes('\n') || Buffer.byteLength(line) > 75)).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(fixture.deals.map((deal) => [deal.id, deal]));
    const got = events.map((e) => [e.uid, e.startDate.toString()] as [string, string]);
    expect(got.length).toBeGreaterThan(100);
    expect(got.sort()).toEqual(fixture.deals.flatMap(expectedDates).sort());
    expect(new Set(got.map(([uid]) => uid)).size).toBe(got.length);
    const origin = new URL(page.url()).origin;
    for (const event of events) {
      // All day: a date without a time, ending the next day; titled with the deal's name; linking back.
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      const deal = byUid.get(event.uid.split('.')[0]!)!;
      expect(event.summary.startsWith(deal.name)).toBe(true);
      const url = String(event.component.getFirstPropertyValue('url'));
      expect(url.startsWith(`${origin}${lang === 'en' ? '/en' : ''}/process/`)).toBe(true);
    }
  });
}
