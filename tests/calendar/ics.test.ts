import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { datedItems } from '../../src/calendar/dated-items';
import { DATED_TOOLS } from '../../src/calendar/dated-tools';
import { DATED_FIELDS } from '../../src/calendar/fields';
import { buildIcs, eventUid } from '../../src/calendar/ics';
import { sampleDeal } from '../deals/sample';
import { datedDeal } from './dated-deal';

const options = {
  lang: 'en' as const,
  origin: 'https://playbook.example.com',
  title: '{deal}: {item}',
  calName: 'Sales playbook',
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('dated items', () => {
  it('reads each tool’s dates with its own rules', () => {
    const items = datedItems(datedDeal(), DATED_FIELDS);
    expect(items.map((i) => [i.field.tool, i.field.item, i.date])).toEqual([
      ['events', 'event-1', '2026-12-31'],
      ['demo', 'demo-date', '2026-12-03'],
      ['negotiation', 'close-date', '2027-01-15'],
      ['negotiation', 'trial-agreement', '2026-12-10'],
      ['implementation', 'step-1', '2027-02-01'],
    ]);
  });

  it('names exactly the tools with dated items for the tool frame’s button', () => {
    expect([...DATED_TOOLS].sort()).toEqual([...new Set(DATED_FIELDS.map((f) => f.tool))].sort());
  });

  it('finds none in a deal without dates', () => {
    expect(datedItems(sampleDeal({ answers: {} }), DATED_FIELDS)).toEqual([]);
  });
});

describe('.ics file', () => {
  it('parses back as RFC 5545 with exactly the deal’s dates as all-day events', async () => {
    const deal = datedDeal();
    const text = await buildIcs(datedItems(deal, DATED_FIELDS), options);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('VERSION:2.0');
    expect(text).toContain('PRODID:');
    // RFC 5545 §3.1: lines end in CRLF and are folded at 75 octets.
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = parse(text);
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual([
      '2026-12-03',
      '2026-12-10',
      '2026-12-31',
      '2027-01-15',
      '2027-02-01',
    ]);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(event.summary.startsWith('Xinda 进销存: ')).toBe(true);
    }
    const close = events.find((e) => e.startDate.toString() === '2027-01-15')!;
    expect(close.summary).toBe('Xinda 进销存: Expected closing date');
    expect(close.component.getFirstPropertyValue('url')).toBe(
      'https://playbook.example.com/en/process/negotiation/#negotiation--step-4',
    );
    expect(close.uid).toBe('dated00001.negotiation.close-date@sales-playbook');
  });

  it('keeps each entry’s UID when the deal changes, and titles it in the page’s language', async () => {
    const first = datedDeal();
    const later = datedDeal({ updatedAt: '2026-12-01T10:00:00.000Z' });
    const a = parse(await buildIcs(datedItems(first, DATED_FIELDS), options)).map((e) => e.uid);
    const b = parse(
      await buildIcs(datedItems(later, DATED_FIELDS), { ...options, lang: 'zh', title: '{deal}：{item}' }),
    );
    expect(b.map((e) => e.uid)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(b.find((e) => e.uid === eventUid(datedItems(later, DATED_FIELDS)[2]!))?.summary).toBe(
      'Xinda 进销存：预计成交日期',
    );
    expect(b[0]?.component.getFirstPropertyValue('url')).toBe(
      'https://playbook.example.com/process/compelling-events/#events--event-1',
    );
  });
});
