import { describe, expect, it } from 'vitest';
import { guardDeal } from '../../src/deals/guard';
import { checkDeal as schemaCheck, DealSchema, TOOL_IDS } from '../../src/deals/schema';
import { sampleDeal } from './sample';

// The same rules, twice: valibot's schema and the hand-written guard the browser
// runs on every read and save (tests/deals/guard.test.ts compares them at random).
describe.each([
  ['valibot schema', schemaCheck],
  ['start-up guard', guardDeal],
])('deal rules: %s', (_name, checkDeal) => {
  const fails = (input: unknown): string => {
    const result = checkDeal(input);
    if (result.ok) throw new Error('expected the deal to be rejected');
    return result.path;
  };

  it('accepts a deal with every kind of answer and returns it unchanged', () => {
    const deal = sampleDeal();
    const result = checkDeal(deal);
    expect(result).toEqual({ ok: true, deal });
  });

  it('accepts an empty new deal and every tool id', () => {
    const answers = Object.fromEntries(TOOL_IDS.map((tool) => [tool, { 'item-1': 'x' }]));
    expect(checkDeal(sampleDeal({ answers, notes: '', customer: '' })).ok).toBe(true);
  });

  it('rejects lengths over the limits', () => {
    expect(fails(sampleDeal({ name: 'x'.repeat(201) }))).toBe('name');
    expect(fails(sampleDeal({ customer: 'x'.repeat(201) }))).toBe('customer');
    expect(fails(sampleDeal({ notes: 'x'.repeat(20001) }))).toBe('notes');
    expect(fails(sampleDeal({ answers: { demo: { script: 'x'.repeat(5001) } } }))).toBe(
      'answers.demo.script',
    );
    expect(checkDeal(sampleDeal({ name: 'x'.repeat(200), notes: 'x'.repeat(20000) })).ok).toBe(true);
  });

  it('rejects unknown tools, bad item ids and items stored by position', () => {
    expect(fails({ ...sampleDeal(), answers: { pricing: {} } })).toBe('answers.pricing');
    expect(fails(sampleDeal({ answers: { demo: { 'Bad Id': 'x' } } }))).toBe('answers.demo.Bad Id');
    expect(fails(sampleDeal({ answers: { demo: { 'trailing-': 'x' } } }))).toBe('answers.demo.trailing-');
    expect(fails({ ...sampleDeal(), answers: { demo: ['first answer', 'second answer'] } })).toBe(
      'answers.demo',
    );
  });

  it('rejects wrong types, bad times, non-integer rev and unknown fields', () => {
    expect(fails({ ...sampleDeal(), rev: 1.5 })).toBe('rev');
    expect(fails({ ...sampleDeal(), rev: -1 })).toBe('rev');
    expect(fails({ ...sampleDeal(), createdAt: 'yesterday' })).toBe('createdAt');
    expect(fails({ ...sampleDeal(), answers: { demo: { score: Number.NaN } } })).toBe('answers.demo.score');
    expect(fails({ ...sampleDeal(), answers: { demo: { nested: { a: { b: 1 } } } } })).toBe(
      'answers.demo.nested',
    );
    expect(fails({ ...sampleDeal(), extra: 1 })).toBe('extra');
    expect(fails({ ...sampleDeal(), id: 'has space' })).toBe('id');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s anywhere', (key) => {
    // JSON.parse makes these own keys, which is how they arrive from storage or a file.
    const atTop = JSON.parse(`{"${key}": {"x": 1}}`) as object;
    expect(checkDeal({ ...sampleDeal(), ...atTop }).ok).toBe(false);
    const inItems = JSON.parse(`{"demo": {"${key}": "x"}}`) as object;
    expect(checkDeal({ ...sampleDeal(), answers: inItems }).ok).toBe(false);
    const inFields = JSON.parse(`{"events": {"kickoff": {"${key}": "x"}}}`) as object;
    expect(checkDeal({ ...sampleDeal(), answers: inFields }).ok).toBe(false);
    expect(checkDeal({ ...sampleDeal(), id: key }).ok).toBe(false);
  });
});

it('the schema is a valibot schema the rest of the code can reuse', () => {
  expect(DealSchema.kind).toBe('schema');
});
