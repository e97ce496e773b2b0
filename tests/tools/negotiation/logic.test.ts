import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/negotiation.json';
import anchors from '../../../content/anchors.json';
import { negotiationDefinition } from '../../../src/tools/negotiation/definition';
import {
  addCompetitor,
  negotiationStatus,
  readCompetitors,
  readStep,
  readTrial,
  removeCompetitor,
  restoreCompetitor,
} from '../../../src/tools/negotiation/logic';
import type { Answer } from '../../../src/deals/schema';

const definition = negotiationDefinition.parse(data);
const TODAY = '2026-06-15';
const done = { done: true, note: '' };
const stepsDone = (...n: number[]) => Object.fromEntries(n.map((i) => [`step-${i}`, done]));
const status = (answers: Record<string, Answer>, today = TODAY) =>
  negotiationStatus(answers, definition, today);

describe('the negotiation data', () => {
  it('has the eleven steps, each linked to its section on the page', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `step-${i + 1}`);
    expect(definition.steps.map((s) => s.id)).toEqual(ids);
    expect(definition.steps.map((s) => s.anchor)).toEqual(ids);
    for (const id of ids) expect(anchors.pages['process/negotiation']).toContain(id);
  });

  it('keeps the ids other tools read, each under its step', () => {
    const f = definition.fields;
    expect(
      [f.competitors, f.approvalFlow, f.closeDate, f.paymentMethod, f.paymentTerms, f.trialAgreement].map(
        (x) => [x.id, x.step],
      ),
    ).toEqual([
      ['competitors', 'step-2'],
      ['approval-flow', 'step-3'],
      ['close-date', 'step-4'],
      ['payment-method', 'step-9'],
      ['payment-terms', 'step-9'],
      ['trial-agreement', 'step-11'],
    ]);
    expect(definition.rules.contractSigned).toBe('step-10');
  });

  it('refuses data whose references point nowhere or whose fixed ids change', () => {
    const dangling = structuredClone(data);
    dangling.fields.competitors.step = 'step-12';
    expect(negotiationDefinition.safeParse(dangling).success).toBe(false);
    const rule = structuredClone(data);
    rule.rules.contractSigned = 'step-99';
    expect(negotiationDefinition.safeParse(rule).success).toBe(false);
    const renamed = structuredClone(data);
    renamed.fields.closeDate.id = 'closing-date';
    expect(negotiationDefinition.safeParse(renamed).success).toBe(false);
  });
});

describe('reading answers', () => {
  it.each<[Answer | undefined, { done: boolean; note: string }]>([
    [
      { done: true, note: 'sent on Monday' },
      { done: true, note: 'sent on Monday' },
    ],
    [{ done: 1 }, { done: false, note: '' }],
    ['done', { done: false, note: '' }],
    [undefined, { done: false, note: '' }],
  ])('step %j reads as %j', (value, expected) => {
    expect(readStep(value)).toEqual(expected);
  });

  it('reads the trial agreement, dropping a date that is not a date', () => {
    expect(readTrial({ signed: true, date: '2026-07-01', note: '3 months' })).toEqual({
      signed: true,
      date: '2026-07-01',
      note: '3 months',
    });
    expect(readTrial({ signed: 'yes', date: 'July' })).toEqual({ signed: false, date: '', note: '' });
    expect(readTrial(null)).toEqual({ signed: false, date: '', note: '' });
  });

  it('reads competitors without blanks or repeats', () => {
    expect(readCompetitors([' Kingdee ', '', 'kingdee', 'UFIDA  T3'])).toEqual(['Kingdee', 'UFIDA T3']);
    expect(readCompetitors('Kingdee')).toEqual([]);
  });
});

describe('the competitor list', () => {
  it.each<[string, string[], string, ReturnType<typeof addCompetitor>]>([
    ['adds at the end', ['Kingdee'], 'UFIDA', { ok: true, list: ['Kingdee', 'UFIDA'] }],
    ['trims the name', [], '  UFIDA  ', { ok: true, list: ['UFIDA'] }],
    ['refuses a blank', ['Kingdee'], '   ', { ok: false, reason: 'empty', list: ['Kingdee'] }],
    [
      'refuses a repeat, in any case',
      ['Kingdee'],
      'KINGDEE',
      { ok: false, reason: 'duplicate', list: ['Kingdee'] },
    ],
  ])('%s', (_name, list, name, expected) => {
    expect(addCompetitor(list, name)).toEqual(expected);
  });

  it('removes by name, never by position', () => {
    expect(removeCompetitor(['Kingdee', 'UFIDA', 'Grasp'], 'ufida')).toEqual(['Kingdee', 'Grasp']);
    expect(removeCompetitor(['Kingdee'], 'Grasp')).toEqual(['Kingdee']);
  });

  it('puts a removed name back in its place, once', () => {
    expect(restoreCompetitor(['Kingdee', 'Grasp'], 'UFIDA', 1)).toEqual(['Kingdee', 'UFIDA', 'Grasp']);
    expect(restoreCompetitor(['Kingdee'], 'UFIDA', 5)).toEqual(['Kingdee', 'UFIDA']);
    expect(restoreCompetitor([], 'UFIDA', 0)).toEqual(['UFIDA']);
    // Added again by hand meanwhile: no second copy.
    expect(restoreCompetitor(['Kingdee', 'ufida '], 'UFIDA', 0)).toEqual(['Kingdee', 'ufida']);
  });
});

describe('negotiationStatus', () => {
  it('counts steps done and names the first open one', () => {
    expect(status(stepsDone(1, 2, 4))).toMatchObject({ done: 3, total: 11, complete: false, next: 'step-3' });
    expect(status({})).toMatchObject({ done: 0, next: 'step-1' });
    const all = stepsDone(...Array.from({ length: 11 }, (_, i) => i + 1));
    expect(status({ ...all, 'payment-method': 'transfer', 'payment-terms': '30/60/10' })).toMatchObject({
      done: 11,
      complete: true,
      next: null,
      warnings: [],
    });
  });

  it('ignores answers for steps the playbook does not have', () => {
    expect(status({ 'step-12': done }).done).toBe(0);
  });

  type Case = [string, Record<string, Answer>, string[]];
  it.each<Case>([
    ['nothing entered: no warnings', {}, []],
    ['competitors listed before signing: fine', { competitors: ['Kingdee'] }, []],
    [
      'competitors listed after step 10',
      {
        ...stepsDone(10),
        competitors: ['Kingdee'],
        'payment-method': 'transfer',
        'payment-terms': '50/40/10',
      },
      ['competitors-after-signing'],
    ],
    [
      'an emptied competitor list after step 10 is fine',
      { ...stepsDone(10), competitors: [], 'payment-method': 'transfer', 'payment-terms': '50/40/10' },
      [],
    ],
    ['close date yesterday, not signed', { 'close-date': '2026-06-14' }, ['close-date-passed']],
    ['close date today is not past', { 'close-date': TODAY }, []],
    ['close date tomorrow', { 'close-date': '2026-06-16' }, []],
    [
      'close date past but the contract is signed',
      { ...stepsDone(10), 'close-date': '2026-06-01', 'payment-method': 'transfer', 'payment-terms': 'x' },
      [],
    ],
    ['a close date that is not a date is ignored', { 'close-date': 'next month' }, []],
    ['signed without payment method or terms', stepsDone(10), ['payment-missing']],
    [
      'signed with blank payment terms',
      { ...stepsDone(10), 'payment-method': 'transfer', 'payment-terms': '  ' },
      ['payment-missing'],
    ],
    ['payment missing before signing is not a warning yet', stepsDone(9), []],
    [
      'all three at once',
      { ...stepsDone(10), competitors: ['Grasp'], 'close-date': '2026-01-01' },
      ['competitors-after-signing', 'payment-missing'],
    ],
  ])('%s', (_name, answers, kinds) => {
    expect(status(answers).warnings.map((w) => w.kind)).toEqual(kinds);
  });

  it('says which payment fields are missing and which competitors remain', () => {
    const { warnings } = status({
      ...stepsDone(10),
      competitors: ['Kingdee', 'Grasp'],
      'payment-method': 'transfer',
    });
    expect(warnings).toEqual([
      { kind: 'competitors-after-signing', competitors: ['Kingdee', 'Grasp'] },
      { kind: 'payment-missing', fields: ['payment-terms'] },
    ]);
    expect(status({ 'close-date': '2026-06-01' }).warnings).toEqual([
      { kind: 'close-date-passed', date: '2026-06-01' },
    ]);
  });

  it('takes today from the caller', () => {
    const answers = { 'close-date': '2026-06-20' };
    expect(status(answers, '2026-06-19').warnings).toEqual([]);
    expect(status(answers, '2026-06-21').warnings.map((w) => w.kind)).toEqual(['close-date-passed']);
  });
});
