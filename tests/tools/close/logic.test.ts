import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/close.json';
import type { Answer } from '../../../src/deals/schema';
import { closeDefinition } from '../../../src/tools/close/definition';
import { checkRule, closeReadiness, conditionState, readCondition } from '../../../src/tools/close/logic';

const definition = closeDefinition.parse(data);
const ids = ['condition-1', 'condition-2', 'condition-3', 'condition-4', 'condition-5', 'condition-6'];
const held = (evidence = 'signed minutes of 2026-10-12') => ({ holds: true, evidence });

/** Close answers with the first n conditions holding, each with evidence. */
function firstHolding(n: number): Record<string, Answer> {
  return Object.fromEntries(ids.slice(0, n).map((id) => [id, held()]));
}

/** Earlier answers that agree with every condition: no conflict can come from them. */
const agreeing = {
  demo: { 'demo-outcome': 'successful' },
  negotiation: { competitors: [], 'close-date': '2026-12-01' },
  validation: { 'people-decision-maker': 'General manager Li' },
};

describe('the data', () => {
  it('defines the six conditions with the page anchors, and each goes back somewhere', () => {
    expect(definition.items.map((item) => item.id)).toEqual(ids);
    expect(definition.items.map((item) => item.anchor)).toEqual(ids);
    for (const item of definition.items) expect(item.fixes.length).toBeGreaterThan(0);
  });

  it('sends the conditions back where the page says', () => {
    const fixes = Object.fromEntries(
      definition.items.map((item) => [item.id, item.fixes.map((f) => `${f.path}#${f.anchor}`)]),
    );
    expect(fixes['condition-1']).toContain('/process/demo/#flow');
    expect(fixes['condition-1']).toContain('/process/validation/#question-1');
    expect(fixes['condition-2']).toContain('/process/negotiation/#step-2');
    expect(fixes['condition-3']).toEqual(
      expect.arrayContaining(['/process/negotiation/#step-8', '/process/negotiation/#step-9']),
    );
    expect(fixes['condition-4']).toContain('/process/negotiation/#step-4');
    expect(fixes['condition-5']).toEqual(['/process/validation/#question-3']);
    expect(fixes['condition-6']).toEqual(['/process/negotiation/#step-5', '/process/negotiation/#step-6']);
  });

  it('refuses a link to an anchor the site does not publish', () => {
    const broken = structuredClone(data);
    broken.items[0]!.fixes[0]!.anchor = 'question-99';
    expect(() => closeDefinition.parse(broken)).toThrow(/question-99/);
  });

  it('refuses a conflict rule about a condition that does not exist', () => {
    const broken = structuredClone(data);
    broken.conflicts[0]!.condition = 'condition-9';
    expect(() => closeDefinition.parse(broken)).toThrow(/condition-9/);
  });
});

describe('readCondition', () => {
  it.each([
    ['a saved condition', { holds: true, evidence: 'GM said yes' }, { holds: true, evidence: 'GM said yes' }],
    ['nothing saved', undefined, { holds: false, evidence: '' }],
    ['a bare boolean', true, { holds: false, evidence: '' }],
    ['a list', ['yes'], { holds: false, evidence: '' }],
    ['holds as text', { holds: 'true', evidence: 'x' }, { holds: false, evidence: 'x' }],
    ['evidence as a number', { holds: true, evidence: 3 }, { holds: true, evidence: '' }],
  ] as const)('reads %s', (_, value, expected) => {
    expect(readCondition(value as Answer | undefined)).toEqual(expected);
  });
});

describe('conditionState', () => {
  it.each([
    [{ holds: false, evidence: '' }, 'not-held'],
    [{ holds: false, evidence: 'written but not ticked' }, 'not-held'],
    [{ holds: true, evidence: '' }, 'no-evidence'],
    [{ holds: true, evidence: '   \n ' }, 'no-evidence'],
    [{ holds: true, evidence: 'signed plan' }, 'met'],
  ] as const)('%o is %s', (answer, state) => {
    expect(conditionState(answer)).toBe(state);
  });
});

describe('closeReadiness: counting the conditions', () => {
  it.each([0, 1, 2, 3, 4, 5, 6])('%i of 6 holding with evidence', (n) => {
    const result = closeReadiness({ ...agreeing, close: firstHolding(n) }, definition);
    expect(result).toEqual({
      met: n,
      total: 6,
      ready: n === 6,
      missing: ids.slice(n),
      noEvidence: [],
      conflicts: [],
    });
  });

  it('is not ready for a deal with no answers at all', () => {
    expect(closeReadiness({}, definition)).toMatchObject({ met: 0, total: 6, ready: false, missing: ids });
  });

  it('five out of six is not ready, whichever one is missing', () => {
    for (const gap of ids) {
      const close = Object.fromEntries(ids.filter((id) => id !== gap).map((id) => [id, held()]));
      const result = closeReadiness({ ...agreeing, close }, definition);
      expect(result).toMatchObject({ met: 5, ready: false, missing: [gap] });
    }
  });

  it('a condition ticked without evidence is missing, with "evidence missing"', () => {
    const close = { ...firstHolding(6), 'condition-3': held(''), 'condition-6': held('  ') };
    const result = closeReadiness({ ...agreeing, close }, definition);
    expect(result).toMatchObject({
      met: 4,
      ready: false,
      missing: ['condition-3', 'condition-6'],
      noEvidence: ['condition-3', 'condition-6'],
    });
  });

  it('evidence written without the tick does not count', () => {
    const close = { ...firstHolding(5), 'condition-6': { holds: false, evidence: 'plan sent' } };
    expect(closeReadiness({ ...agreeing, close }, definition)).toMatchObject({
      met: 5,
      ready: false,
      missing: ['condition-6'],
      noEvidence: [],
    });
  });

  it('ignores answers for conditions the playbook no longer has, and wrong-typed ones', () => {
    const close = { 'condition-9': held(), 'condition-1': 'yes', 'condition-2': held() };
    expect(closeReadiness({ close }, definition)).toMatchObject({
      met: 1,
      missing: ids.filter((id) => id !== 'condition-2'),
    });
  });
});

describe('closeReadiness: earlier answers that disagree', () => {
  const all = firstHolding(6);
  it.each([
    [
      'a competitor is still listed while condition 2 holds',
      { ...agreeing, negotiation: { ...agreeing.negotiation, competitors: ['Kingdee', ' ', 'Yonyou'] } },
      [{ id: 'competitor-listed', condition: 'condition-2', values: ['Kingdee', 'Yonyou'] }],
    ],
    [
      'no decision-maker named while condition 5 holds',
      { ...agreeing, validation: { 'people-decision-maker': '  ' } },
      [{ id: 'no-decision-maker', condition: 'condition-5', values: [] }],
    ],
    [
      'a mixed demo while condition 1 holds',
      { ...agreeing, demo: { 'demo-outcome': 'mixed' } },
      [{ id: 'demo-not-successful', condition: 'condition-1', values: [] }],
    ],
    [
      'no demo outcome while condition 1 holds',
      { ...agreeing, demo: {} },
      [{ id: 'demo-not-successful', condition: 'condition-1', values: [] }],
    ],
    [
      'no expected close date while condition 4 holds',
      { ...agreeing, negotiation: { competitors: [], 'close-date': '' } },
      [{ id: 'no-close-date', condition: 'condition-4', values: [] }],
    ],
  ])('%s', (_, earlier, conflicts) => {
    const result = closeReadiness({ ...earlier, close: all }, definition);
    expect(result.conflicts).toEqual(conflicts);
    // The conditions ticked with evidence still count, but a deal is not ready to close while one stands.
    expect(result).toMatchObject({ met: 6, ready: false });
  });

  it('flags every disagreement of a deal with nothing recorded in the earlier tools', () => {
    const result = closeReadiness({ close: all }, definition);
    expect(result.conflicts.map((c) => c.id)).toEqual([
      'demo-not-successful',
      'no-close-date',
      'no-decision-maker',
    ]);
  });

  it('flags nothing about a condition that is not ticked', () => {
    const earlier = { negotiation: { competitors: ['Kingdee'] }, demo: { 'demo-outcome': 'unsuccessful' } };
    expect(closeReadiness({ ...earlier, close: {} }, definition).conflicts).toEqual([]);
  });

  it('flags a ticked condition even before its evidence is written', () => {
    const result = closeReadiness(
      { ...agreeing, negotiation: { competitors: ['Kingdee'] }, close: { 'condition-2': held('') } },
      definition,
    );
    expect(result.conflicts.map((c) => c.id)).toEqual(['competitor-listed']);
    expect(result.noEvidence).toEqual(['condition-2']);
  });

  it.each([
    ['a wrong-typed competitor list is not a listed competitor', { competitors: 'Kingdee' }, false],
    ['an empty list', { competitors: [] }, false],
    ['a list of blanks', { competitors: ['', '  '] }, false],
    ['a record instead of a list', { competitors: { name: 'Kingdee' } }, false],
    ['one name', { competitors: ['Kingdee'] }, true],
  ])('%s', (_, negotiation, flagged) => {
    const result = closeReadiness(
      { ...agreeing, negotiation: { ...negotiation, 'close-date': '2026-12-01' }, close: all },
      definition,
    );
    expect(result.conflicts.length > 0).toBe(flagged);
  });

  it.each([
    ['blank', undefined, true],
    ['blank', 42, true],
    ['blank', 'Li', false],
    ['not-equal', 'successful', false],
    ['not-equal', 'unsuccessful', true],
    ['not-equal', true, true],
    ['listed', ['a'], true],
    ['listed', 'a', false],
  ] as const)('checkRule %s against %o', (when, value, flagged) => {
    const rule = { when, value: 'successful' } as const;
    const result = checkRule(rule, value as Answer | undefined);
    expect(result !== null).toBe(flagged);
  });
});
