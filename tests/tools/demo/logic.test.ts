import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/demo.json';
import anchors from '../../../content/anchors.json';
import { demoDefinition } from '../../../src/tools/demo/definition';
import {
  attendeesOf,
  demoReadiness,
  demoStatus,
  demoSums,
  groupProgress,
  newAttendeeId,
  readCheck,
  readOutcome,
} from '../../../src/tools/demo/logic';
import type { Answer } from '../../../src/deals/schema';

const definition = demoDefinition.parse(data);
const prepareIds = definition.groups.find((g) => g.id === 'prepare')!.items.map((i) => i.id);
const allPrepared = Object.fromEntries(prepareIds.map((id) => [id, { done: true, note: '' }]));
const person = (name: string, role: string, order = 1, decisionMaker = false) => ({
  name,
  role,
  cares: '',
  decisionMaker,
  order,
});

describe('the demo data', () => {
  it('has the page’s eight parts in order, each linked to a section the page publishes', () => {
    expect(definition.groups.map((g) => g.anchor)).toEqual([
      'prepare',
      'flow',
      'excellence',
      'specialist',
      'value',
      'wrap-up',
      'worth',
      'weaknesses',
    ]);
    for (const group of definition.groups) expect(anchors.pages['process/demo']).toContain(group.anchor);
  });

  it('keeps the ids other tools read', () => {
    expect(definition.outcome.id).toBe('demo-outcome');
    expect(definition.outcome.dateId).toBe('demo-date');
    expect(definition.outcome.options.map((o) => o.id)).toEqual(['successful', 'mixed', 'unsuccessful']);
  });

  it('refuses data whose items collide or whose references point nowhere', () => {
    const clash = structuredClone(data);
    clash.groups[1]!.items[0]!.id = clash.groups[0]!.items[0]!.id;
    expect(demoDefinition.safeParse(clash).success).toBe(false);
    const prefixed = structuredClone(data);
    prefixed.groups[0]!.items[0]!.id = 'attendee-hardware';
    expect(demoDefinition.safeParse(prefixed).success).toBe(false);
    const dangling = structuredClone(data);
    dangling.readiness.group = 'nowhere';
    expect(demoDefinition.safeParse(dangling).success).toBe(false);
    const wrongOutcome = structuredClone(data);
    wrongOutcome.outcome.id = 'outcome';
    expect(demoDefinition.safeParse(wrongOutcome).success).toBe(false);
  });
});

describe('readCheck', () => {
  it.each<[Answer | undefined, { done: boolean; note: string }]>([
    [
      { done: true, note: 'spare laptop' },
      { done: true, note: 'spare laptop' },
    ],
    [{ done: false }, { done: false, note: '' }],
    [{ done: 'yes' }, { done: false, note: '' }],
    [true, { done: false, note: '' }],
    [undefined, { done: false, note: '' }],
  ])('%j reads as %j', (value, expected) => {
    expect(readCheck(value)).toEqual(expected);
  });
});

describe('groupProgress', () => {
  it('counts each part’s ticked checks and lists the open ones in the page’s order', () => {
    const progress = groupProgress(
      { 'prepare-data': { done: true, note: '' }, 'flow-stories': { done: true, note: '' } },
      definition.groups,
    );
    expect(progress.find((g) => g.id === 'prepare')).toEqual({
      id: 'prepare',
      done: 1,
      total: prepareIds.length,
      open: prepareIds.filter((id) => id !== 'prepare-data'),
    });
    expect(progress.find((g) => g.id === 'flow')?.done).toBe(1);
    expect(progress.find((g) => g.id === 'value')?.done).toBe(0);
  });
});

describe('attendees', () => {
  it('are the items with the attendee prefix, in the order they were added, whatever the storage order', () => {
    const answers = {
      'attendee-zz': person('Li', 'cio', 3),
      'prepare-data': { done: true, note: '' },
      'attendee-aa': person('Wang', 'general-manager', 1),
      'attendee-mm': person('Zhao', 'chief-accountant', 2),
      attendee: person('not an attendee', 'cio'),
      'attendee-bad': 'not a record',
    };
    expect(attendeesOf(answers, 'attendee').map((a) => a.name)).toEqual(['Wang', 'Zhao', 'Li']);
  });

  it('get fresh ids that match the stored item-id pattern and avoid the ids taken', () => {
    const values = [0, 0, 0, 0, 0, 0, 0, 0, 0.99, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let i = 0;
    const random = () => values[i++ % values.length]!;
    const id = newAttendeeId('attendee', ['attendee-aaaaaaaa'], random);
    expect(id).toMatch(/^attendee-[a-z0-9]{8}$/);
    expect(id).not.toBe('attendee-aaaaaaaa');
    expect(newAttendeeId('attendee', [])).toMatch(/^attendee-[a-z0-9]{8}$/);
  });
});

describe('demoReadiness', () => {
  it.each<[string, Record<string, Answer>, boolean, Partial<ReturnType<typeof demoReadiness>>]>([
    ['nothing done', {}, false, { open: prepareIds, known: 0, needAttendees: true }],
    ['preparation done, nobody known', allPrepared, false, { open: [], needAttendees: true }],
    [
      'an attendee known, preparation open',
      { 'attendee-a': person('Wang', 'general-manager') },
      false,
      { open: prepareIds, known: 1, needAttendees: false },
    ],
    [
      'preparation done and an attendee known',
      { ...allPrepared, 'attendee-a': person('Wang', 'general-manager') },
      true,
      { open: [], known: 1, incomplete: [] },
    ],
    [
      'an attendee without a role is a gap',
      { ...allPrepared, 'attendee-a': person('Wang', 'general-manager'), 'attendee-b': person('Li', '') },
      false,
      { known: 1, incomplete: ['attendee-b'] },
    ],
    [
      'an attendee without a name is a gap',
      { ...allPrepared, 'attendee-a': person('  ', 'cio') },
      false,
      { known: 0, incomplete: ['attendee-a'], needAttendees: true },
    ],
    [
      'one preparation check left',
      { ...allPrepared, 'prepare-rehearsal': { done: false, note: '' }, 'attendee-a': person('Wang', 'cio') },
      false,
      { open: ['prepare-rehearsal'] },
    ],
  ])('%s', (_name, answers, ready, expected) => {
    const readiness = demoReadiness(answers, definition);
    expect(readiness.ready).toBe(ready);
    expect(readiness).toMatchObject(expected);
  });

  it('asks for as many attendees as the data says', () => {
    const rules = { ...definition, readiness: { group: 'prepare', minAttendees: 2 } };
    const answers = { ...allPrepared, 'attendee-a': person('Wang', 'cio') };
    expect(demoReadiness(answers, rules)).toMatchObject({ ready: false, needAttendees: true });
    expect(demoReadiness({ ...answers, 'attendee-b': person('Li', 'sales-manager') }, rules).ready).toBe(
      true,
    );
  });
});

describe('demoSums', () => {
  const figures = definition.sums.figures;
  it.each<[string, Record<string, Answer>, { total: number | null; missing: string[] }]>([
    ['nothing entered', {}, { total: null, missing: ['value-savings', 'value-earnings'] }],
    [
      'the page’s example: 7 saved, 6 made',
      { 'value-savings': 7, 'value-earnings': 6 },
      { total: 13, missing: [] },
    ],
    ['savings only', { 'value-savings': 7 }, { total: 7, missing: ['value-earnings'] }],
    ['zero is a figure, not a gap', { 'value-savings': 0, 'value-earnings': 0 }, { total: 0, missing: [] }],
    ['no floating-point noise', { 'value-savings': 0.1, 'value-earnings': 0.2 }, { total: 0.3, missing: [] }],
    [
      'text is not a figure',
      { 'value-savings': '7', 'value-earnings': 2 },
      { total: 2, missing: ['value-savings'] },
    ],
  ])('%s', (_name, answers, expected) => {
    expect(demoSums(answers, figures)).toMatchObject(expected);
  });
});

describe('readOutcome and demoStatus', () => {
  it('reads only the outcomes the data offers and only real dates', () => {
    expect(
      readOutcome({ 'demo-outcome': 'successful', 'demo-date': '2026-05-20' }, definition.outcome),
    ).toEqual({
      outcome: 'successful',
      date: '2026-05-20',
    });
    expect(readOutcome({ 'demo-outcome': 'great', 'demo-date': 'soon' }, definition.outcome)).toEqual({
      outcome: '',
      date: '',
    });
  });

  it('adds up every part, flags an undated outcome and notices a decision-maker in the room', () => {
    const status = demoStatus(
      {
        ...allPrepared,
        'flow-stories': { done: true, note: 'the building-materials distributor' },
        'attendee-a': person('Wang', 'general-manager', 1, true),
        'demo-outcome': 'mixed',
      },
      definition,
    );
    const total = definition.groups.reduce((n, g) => n + g.items.length, 0);
    expect(status).toMatchObject({
      done: prepareIds.length + 1,
      total,
      outcome: { outcome: 'mixed', date: '' },
      outcomeUndated: true,
      decisionMakerAttending: true,
    });
    expect(status.readiness.ready).toBe(true);
    expect(demoStatus({}, definition)).toMatchObject({
      done: 0,
      outcomeUndated: false,
      decisionMakerAttending: false,
    });
  });
});
