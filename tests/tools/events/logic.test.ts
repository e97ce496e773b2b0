import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/events.json';
import { eventsDefinition } from '../../../src/tools/events/definition';
import { pickedEvents, readEvent } from '../../../src/tools/events/logic';
import { eventWarnings } from '../../../src/tools/events/warnings';

const items = eventsDefinition.parse(data).items;
const TODAY = '2026-06-15';
const pick = (fields: Record<string, string> = {}) => ({
  picked: true,
  evidence: 'Stock losses every month',
  owner: '',
  date: '',
  talkingPoint: '',
  ...fields,
});

describe('the events data', () => {
  it('has the eleven events of the page, event-1 … event-11, each linked to its section', () => {
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 11 }, (_, n) => `event-${n + 1}`));
    for (const item of items) expect(item.anchor).toBe(item.id);
  });

  it('marks only event 8, the promotion deadline, as created by us', () => {
    expect(items.filter((i) => i.ours === true).map((i) => i.id)).toEqual(['event-8']);
  });

  it('gives event 9 the reading the playbook chose', () => {
    const event9 = items.find((i) => i.id === 'event-9');
    expect(event9?.note?.en).toMatch(/customer's side/);
    expect(event9?.note?.zh).toMatch(/客户一方/);
  });
});

describe('readEvent', () => {
  it('reads a saved event and treats anything else as not picked', () => {
    expect(readEvent(pick({ date: '2026-07-01' }))).toEqual({
      picked: true,
      evidence: 'Stock losses every month',
      owner: '',
      date: '2026-07-01',
      talkingPoint: '',
    });
    expect(readEvent(undefined).picked).toBe(false);
    expect(readEvent('yes').picked).toBe(false);
    expect(readEvent(['event-1']).picked).toBe(false);
    expect(readEvent({ picked: 'true' }).picked).toBe(false);
    expect(readEvent({ picked: true, date: 'next week' }).date).toBe('');
  });
});

describe('pickedEvents', () => {
  it("returns the picked ids in the playbook's order", () => {
    const answers = { 'event-10': pick(), 'event-2': pick(), 'event-3': { ...pick(), picked: false } };
    expect(pickedEvents(answers, items)).toEqual(['event-2', 'event-10']);
  });

  it('orders by event number when no definition is given (the deal board)', () => {
    const answers = { 'event-11': pick(), 'event-9': pick(), 'event-1': pick(), notes: 'x' };
    expect(pickedEvents(answers)).toEqual(['event-1', 'event-9', 'event-11']);
  });

  it('is empty for a deal without events', () => {
    expect(pickedEvents({}, items)).toEqual([]);
    expect(pickedEvents({})).toEqual([]);
  });

  it('ignores answers for events the playbook no longer has', () => {
    expect(pickedEvents({ 'event-12': pick() }, items)).toEqual([]);
  });
});

describe('eventWarnings', () => {
  it.each([
    ['nothing saved', {}],
    ['events saved but none picked', { 'event-1': { ...pick(), picked: false } }],
  ])('warns that no event is picked: %s', (_, answers) => {
    expect(eventWarnings(answers, TODAY, items)).toEqual([{ kind: 'none' }]);
  });

  it.each([
    ['yesterday', '2026-06-14', true],
    ['a year ago', '2025-06-15', true],
    ['today', '2026-06-15', false],
    ['tomorrow', '2026-06-16', false],
    ['no date', '', false],
  ])('a picked event dated %s: passed = %s', (_, date, passed) => {
    const warnings = eventWarnings({ 'event-5': pick({ date }) }, TODAY, items);
    expect(warnings).toEqual(passed ? [{ kind: 'date-passed', id: 'event-5', date }] : []);
  });

  it('does not warn about the date of an event that is not picked', () => {
    const answers = { 'event-1': pick(), 'event-5': { ...pick({ date: '2020-01-01' }), picked: false } };
    expect(eventWarnings(answers, TODAY, items)).toEqual([]);
  });

  it('takes "today" from the caller', () => {
    const answers = { 'event-8': pick({ date: '2026-06-30' }), 'event-1': pick() };
    expect(eventWarnings(answers, '2026-06-30', items)).toEqual([]);
    expect(eventWarnings(answers, '2026-07-01', items)).toEqual([
      { kind: 'date-passed', id: 'event-8', date: '2026-06-30' },
    ]);
  });

  it('warns when only the event we create is picked', () => {
    expect(eventWarnings({ 'event-8': pick() }, TODAY, items)).toEqual([{ kind: 'only-ours' }]);
    expect(eventWarnings({ 'event-8': pick(), 'event-6': pick() }, TODAY, items)).toEqual([]);
  });

  it('lists picked events that have no evidence yet', () => {
    const answers = {
      'event-3': pick({ evidence: '  ' }),
      'event-4': pick(),
      'event-7': pick({ evidence: '' }),
    };
    expect(eventWarnings(answers, TODAY, items)).toEqual([
      { kind: 'no-evidence', id: 'event-3' },
      { kind: 'no-evidence', id: 'event-7' },
    ]);
  });
});
