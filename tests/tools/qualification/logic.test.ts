import { describe, expect, it } from 'vitest';
import anchors from '../../../content/anchors.json';
import data from '../../../content/tools/qualification.json';
import type { Answer } from '../../../src/deals/schema';
import { qualificationDefinition } from '../../../src/tools/qualification/definition';
import {
  allItems,
  countPickedEvents,
  itBudget,
  scoreQualification,
  toggleOption,
  type Verdict,
} from '../../../src/tools/qualification/logic';

const definition = qualificationDefinition.parse(data);
type Answers = Record<string, Answer>;

/** A distribution company that meets every line and plans to buy: pursue. */
const distributor: Answers = {
  headcount: 60,
  revenue: 8000,
  'gross-profit': 900,
  ownership: 'private-hired-gm',
  'business-type': 'distribution',
  traits: ['frequent-transactions', 'manufacturer-ties'],
  software: ['finance'],
  branches: 'yes',
  'purchase-plan': 'yes',
};
/** A build-to-order manufacturer that meets every line and plans to buy: pursue. */
const manufacturer: Answers = { ...distributor, 'business-type': 'manufacture', traits: ['build-to-order'] };
/** A processing company that meets every line and plans to buy: pursue. */
const processor: Answers = { ...distributor, 'business-type': 'processing', traits: ['none'] };

const score = (answers: Answers, compellingEvents = 0) =>
  scoreQualification(answers, definition, { compellingEvents });
const reasonIds = (answers: Answers, effect?: string) =>
  score(answers)
    .reasons.filter((r) => effect === undefined || r.effect === effect)
    .map((r) => r.id);

describe('the data', () => {
  it('holds the source’s thresholds by business type', () => {
    const min = Object.fromEntries(definition.rules.thresholds.measures.map((m) => [m.item, m.min]));
    expect(min).toEqual({
      headcount: { distribution: 20, manufacture: 50, processing: 50 },
      revenue: { distribution: 2000, manufacture: 2000, processing: 2000 },
      'gross-profit': { distribution: 300, manufacture: 300, processing: 300 },
    });
    expect(definition.rules.itBudget).toMatchObject({ lowPercent: 3, highPercent: 5 });
  });

  it('uses the agreed item ids and only anchors the stage 1 page publishes', () => {
    expect(allItems(definition).map((i) => i.id)).toEqual([
      'headcount',
      'revenue',
      'gross-profit',
      'ownership',
      'soe-status',
      'business-type',
      'traits',
      'software',
      'branches',
      'purchase-plan',
    ]);
    const published = new Set(anchors.pages['process/prospecting']);
    const used = [
      ...definition.factors.map((f) => f.anchor),
      ...allItems(definition).map((i) => i.anchor),
      ...definition.rules.hardStops.map((s) => s.anchor),
      ...definition.rules.notes.map((n) => n.anchor),
    ];
    expect(used.filter((a) => !published.has(a))).toEqual([]);
    expect(definition.factors.map((f) => f.anchor)).toEqual([
      'size',
      'ownership',
      'business',
      'software',
      'branches',
      'purchase-plan',
    ]);
  });

  it('refuses rules that point at options that do not exist', () => {
    const bad = structuredClone(data);
    bad.rules.hardStops[0]!.when[1]!.anyOf = ['medicine'];
    expect(() => qualificationDefinition.parse(bad)).toThrow(/has no option .{0,4}medicine/);
  });

  it('refuses a threshold missing a business type', () => {
    const bad = structuredClone(data);
    delete (bad.rules.thresholds.measures[0]!.min as Record<string, number>)['processing'];
    expect(() => qualificationDefinition.parse(bad)).toThrow(/no minimum for .{0,4}processing/);
  });
});

describe('size thresholds at every boundary', () => {
  const cases: [string, Answers, Answers, Verdict, string | null][] = [
    ['distribution, 19 people', distributor, { headcount: 19 }, 'nurture', 'headcount'],
    ['distribution, 20 people', distributor, { headcount: 20 }, 'pursue', null],
    ['manufacture, 49 people', manufacturer, { headcount: 49 }, 'nurture', 'headcount'],
    ['manufacture, 50 people', manufacturer, { headcount: 50 }, 'pursue', null],
    ['processing, 49 people (counted as production)', processor, { headcount: 49 }, 'nurture', 'headcount'],
    ['processing, 50 people', processor, { headcount: 50 }, 'pursue', null],
    ['distribution, revenue 1999万', distributor, { revenue: 1999 }, 'nurture', 'revenue'],
    ['distribution, revenue 2000万', distributor, { revenue: 2000 }, 'pursue', null],
    ['manufacture, revenue 1999万', manufacturer, { revenue: 1999 }, 'nurture', 'revenue'],
    ['manufacture, revenue 2000万', manufacturer, { revenue: 2000 }, 'pursue', null],
    ['processing, revenue 1999万', processor, { revenue: 1999 }, 'nurture', 'revenue'],
    ['processing, revenue 2000万', processor, { revenue: 2000 }, 'pursue', null],
    ['distribution, gross profit 299万', distributor, { 'gross-profit': 299 }, 'nurture', 'gross-profit'],
    ['distribution, gross profit 300万', distributor, { 'gross-profit': 300 }, 'pursue', null],
    ['manufacture, gross profit 299万', manufacturer, { 'gross-profit': 299 }, 'nurture', 'gross-profit'],
    ['manufacture, gross profit 300万', manufacturer, { 'gross-profit': 300 }, 'pursue', null],
    ['processing, gross profit 299万', processor, { 'gross-profit': 299 }, 'nurture', 'gross-profit'],
    ['processing, gross profit 300万', processor, { 'gross-profit': 300 }, 'pursue', null],
    ['distribution, 49 people is plenty', distributor, { headcount: 49 }, 'pursue', null],
  ];
  it.each(cases)('%s', (_name, base, change, verdict, unmet) => {
    const result = score({ ...base, ...change });
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.filter((r) => r.effect === 'unmet').map((r) => r.id)).toEqual(unmet ? [unmet] : []);
    expect(result.gaps).toEqual([]);
  });

  it('quotes the value and the line of the business type in the reason', () => {
    const reason = score({ ...manufacturer, headcount: 49 }).reasons.find((r) => r.id === 'headcount');
    expect(reason).toMatchObject({ effect: 'unmet', anchor: 'size', values: { value: 49, min: 50 } });
    expect(reason?.values['type']).toEqual({ zh: '制造与销售一体化', en: 'Manufacture-and-sell' });
    const met = score({ ...distributor, headcount: 20 }).reasons.find((r) => r.id === 'headcount');
    expect(met).toMatchObject({ effect: 'met', values: { value: 20, min: 20 } });
  });
});

describe('hard stops', () => {
  const PA = 'pharmaceutical-apparel-manufacturer';
  const cases: [string, Answers, string, 'stop' | 'conditional'][] = [
    ['an apparel manufacturer', { ...manufacturer, traits: ['apparel'] }, PA, 'stop'],
    ['a pharmaceutical manufacturer', { ...manufacturer, traits: ['pharmaceutical'] }, PA, 'stop'],
    [
      'an apparel manufacturer that also builds to order',
      { ...manufacturer, traits: ['build-to-order', 'apparel'] },
      PA,
      'stop',
    ],
    [
      'a just-restructured SOE',
      { ...distributor, ownership: 'soe-restructured', 'soe-status': 'just-restructured' },
      'soe-just-restructured',
      'stop',
    ],
    [
      'a restructured SOE not shown to run on a modern system',
      { ...distributor, ownership: 'soe-restructured', 'soe-status': 'other' },
      'soe-not-shown-modern',
      'conditional',
    ],
    [
      'a restructured SOE whose status is not yet known',
      { ...distributor, ownership: 'soe-restructured' },
      'soe-not-shown-modern',
      'conditional',
    ],
  ];
  it.each(cases)('%s: do not pursue, however good the rest', (_name, answers, stop, effect) => {
    const result = score(answers, 3);
    expect(result.verdict).toBe('do-not-pursue');
    expect(result.reasons.filter((r) => r.effect === 'stop' || r.effect === 'conditional')).toEqual([
      expect.objectContaining({ id: stop, effect }),
    ]);
    expect(result.reasons[0]?.id).toBe(stop); // exclusions come first
  });

  it('counts two hard stops and one conditional exclusion, as the page does', () => {
    const kinds = definition.rules.hardStops.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'hard-stop')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'conditional')).toHaveLength(1);
  });

  it('does not stop a processing plant making apparel or medicine: the stop is for manufacture-and-sell', () => {
    for (const trait of ['apparel', 'pharmaceutical']) {
      const answers = { ...processor, traits: [trait] };
      expect(score(answers).verdict).toBe('pursue');
      expect(reasonIds(answers, 'info')).toContain('trader-of-stopped-goods');
    }
  });

  it('lists the missing SOE status as a gap while it stops the deal', () => {
    const result = score({ ...distributor, ownership: 'soe-restructured' });
    expect(result.gaps.map((g) => g.item)).toEqual(['soe-status']);
  });

  it('stops an apparel manufacturer even when nothing else is answered, and lists the rest as gaps', () => {
    const result = score({ 'business-type': 'manufacture', traits: ['apparel'] });
    expect(result.verdict).toBe('do-not-pursue');
    expect(result.reasons.find((r) => r.id === 'pharmaceutical-apparel-manufacturer')).toMatchObject({
      effect: 'stop',
      anchor: 'business',
    });
    expect(result.gaps.map((g) => g.item)).toEqual([
      'headcount',
      'revenue',
      'gross-profit',
      'ownership',
      'software',
      'branches',
      'purchase-plan',
    ]);
  });

  it('does not stop a distributor that only trades apparel or medicine, and says why', () => {
    const result = score({ ...distributor, traits: ['apparel', 'pharmaceutical'] });
    expect(result.verdict).toBe('pursue');
    expect(reasonIds({ ...distributor, traits: ['apparel'] }, 'info')).toContain('trader-of-stopped-goods');
  });

  it('lets a restructured SOE shown to run on a modern system be assessed on the other factors', () => {
    const answers = { ...distributor, ownership: 'soe-restructured', 'soe-status': 'modern-management' };
    expect(score(answers).verdict).toBe('pursue');
    expect(reasonIds(answers, 'met')).toContain('soe-modern');
    expect(score({ ...answers, headcount: 5 }).verdict).toBe('nurture');
  });

  it('ignores a stale SOE status once the ownership is no longer state-owned', () => {
    expect(score({ ...distributor, 'soe-status': 'just-restructured' }).verdict).toBe('pursue');
  });
});

describe('gaps are never passes', () => {
  it('an empty scorecard is incomplete and lists every question asked', () => {
    const result = score({});
    expect(result.verdict).toBe('incomplete');
    expect(result.reasons).toEqual([]);
    expect(result.itBudget).toBeNull();
    expect(result.gaps.map((g) => g.item)).toEqual(
      allItems(definition)
        .map((i) => i.id)
        .filter((id) => id !== 'soe-status'),
    );
    expect(result.gaps[0]).toEqual({
      item: 'headcount',
      anchor: 'size',
      label: { zh: '人员规模', en: 'Headcount' },
    });
  });

  const cases: [string, Answers, string[]][] = [
    [
      'no traits for a manufacturer: a hard stop cannot be ruled out',
      { ...manufacturer, traits: [] },
      ['traits'],
    ],
    [
      'no ownership: a restructured SOE cannot be ruled out',
      { ...distributor, ownership: null },
      ['ownership'],
    ],
    ['a missing measure', { ...distributor, revenue: null }, ['revenue']],
    ['a negative number', { ...distributor, 'gross-profit': -300 }, ['gross-profit']],
    ['a number saved as text', { ...distributor, headcount: '60' }, ['headcount']],
    ['an option the playbook no longer has', { ...distributor, branches: 'several' }, ['branches']],
    ['software not asked yet', { ...distributor, software: [] }, ['software']],
    ['no purchase plan answer', { ...distributor, 'purchase-plan': '' }, ['purchase-plan']],
    [
      'no business type with a headcount between the lines',
      { ...distributor, 'business-type': null, headcount: 30 },
      ['business-type'],
    ],
  ];
  it.each(cases)('%s → incomplete', (_name, answers, gaps) => {
    const result = score(answers);
    expect(result.verdict).toBe('incomplete');
    expect(result.gaps.map((g) => g.item)).toEqual(gaps);
  });

  it('a pursue needs all six factors, even with a compelling event picked', () => {
    expect(score({ ...distributor, 'purchase-plan': null }, 2).verdict).toBe('incomplete');
    const { branches: _unanswered, ...noBranches } = distributor;
    expect(score(noBranches, 2).verdict).toBe('incomplete');
  });

  it('a measure below its line decides nurture while other factors are still gaps', () => {
    const result = score({
      'business-type': 'distribution',
      traits: ['none'],
      ownership: 'private-family',
      headcount: 12,
      revenue: 900,
    });
    expect(result.verdict).toBe('nurture');
    expect(result.reasons.filter((r) => r.effect === 'unmet').map((r) => r.id)).toEqual([
      'headcount',
      'revenue',
    ]);
    expect(result.gaps.map((g) => g.item)).toEqual(['gross-profit', 'software', 'branches', 'purchase-plan']);
  });

  it('a measure below every type’s line decides it before the type is known', () => {
    const result = score({ ...distributor, 'business-type': null, headcount: 10, traits: ['none'] });
    expect(result.verdict).toBe('nurture');
    expect(result.gaps.map((g) => g.item)).toEqual(['business-type']);
  });
});

describe('main business and timing', () => {
  it('a manufacturer that is neither assembly nor build-to-order is nurtured', () => {
    const answers = { ...manufacturer, traits: ['none'] };
    expect(score(answers).verdict).toBe('nurture');
    expect(reasonIds(answers, 'unmet')).toEqual(['manufacture-kind']);
    expect(score({ ...manufacturer, traits: ['assembly'] }).verdict).toBe('pursue');
    expect(reasonIds(manufacturer, 'met')).toContain('build-to-order-best');
  });

  const timing: [string, Answer, number, Verdict, string[]][] = [
    ['a plan', 'yes', 0, 'pursue', ['timing-plan']],
    ['no plan and no compelling event', 'no', 0, 'nurture', ['timing-neither']],
    ['an unclear plan and no compelling event', 'unknown', 0, 'nurture', ['timing-neither']],
    ['no plan but a compelling event', 'no', 1, 'pursue', ['timing-events']],
    ['a plan and compelling events', 'yes', 2, 'pursue', ['timing-plan', 'timing-events']],
  ];
  it.each(timing)('%s', (_name, plan, events, verdict, ids) => {
    const result = score({ ...distributor, 'purchase-plan': plan }, events);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.filter((r) => r.id.startsWith('timing-')).map((r) => r.id)).toEqual(ids);
    expect(result.reasons.every((r) => !r.id.startsWith('timing-') || r.anchor === 'purchase-plan')).toBe(
      true,
    );
  });

  it('counts the compelling events in the reason', () => {
    const reason = score({ ...distributor, 'purchase-plan': 'no' }, 2).reasons.find(
      (r) => r.id === 'timing-events',
    );
    expect(reason?.values).toEqual({ count: 2 });
  });

  it('links every reason to one of the six factors’ sections, stops first', () => {
    const result = score({ ...manufacturer, traits: ['apparel'], headcount: 10, software: ['jxc', 'crm'] });
    const factors = new Set(definition.factors.map((f) => f.anchor));
    expect(result.reasons.length).toBeGreaterThan(4);
    expect(result.reasons.filter((r) => !factors.has(r.anchor))).toEqual([]);
    const effects = result.reasons.map((r) => r.effect);
    expect(effects).toEqual(
      effects.toSorted(
        (a, b) =>
          ['stop', 'conditional', 'unmet', 'met', 'info'].indexOf(a) -
          ['stop', 'conditional', 'unmet', 'met', 'info'].indexOf(b),
      ),
    );
    expect(result.reasons.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'pharmaceutical-apparel-manufacturer',
        'headcount',
        'software-jxc',
        'software-crm-and-jxc',
      ]),
    );
  });
});

describe('IT budget: 3–5% of the gross profit entered', () => {
  const cases: [Answer | undefined, { low: number; high: number } | null][] = [
    [300, { low: 9, high: 15 }],
    [900, { low: 27, high: 45 }],
    [299, { low: 8.97, high: 14.95 }],
    [2000, { low: 60, high: 100 }],
    [0, { low: 0, high: 0 }],
    [undefined, null],
    [null, null],
    [-5, null],
    ['300', null],
  ];
  it.each(cases)('gross profit %s万 → %o', (profit, budget) => {
    const answers: Answers = profit === undefined ? {} : { 'gross-profit': profit };
    expect(itBudget(answers, definition)).toEqual(budget);
    expect(score(answers).itBudget).toEqual(budget);
  });
});

describe('toggleOption', () => {
  const traits = allItems(definition).find((i) => i.id === 'traits')!;
  it('adds and removes options in the playbook’s order', () => {
    expect(toggleOption(traits, ['apparel'], 'assembly', true)).toEqual(['assembly', 'apparel']);
    expect(toggleOption(traits, ['assembly', 'apparel'], 'assembly', false)).toEqual(['apparel']);
    expect(toggleOption(traits, undefined, 'apparel', true)).toEqual(['apparel']);
  });
  it('"None of these" clears the others, and the others clear it', () => {
    expect(toggleOption(traits, ['assembly', 'apparel'], 'none', true)).toEqual(['none']);
    expect(toggleOption(traits, ['none'], 'apparel', true)).toEqual(['apparel']);
  });
});

describe('countPickedEvents', () => {
  it('counts events saved as picked, and nothing else', () => {
    expect(
      countPickedEvents({
        'event-1': { picked: true, evidence: '', owner: '', date: '', talkingPoint: '' },
        'event-2': { picked: false },
        'event-8': { picked: true },
        'event-9': 'picked',
        'event-10': { picked: 'true' },
      }),
    ).toBe(2);
    expect(countPickedEvents(undefined)).toBe(0);
  });
});
