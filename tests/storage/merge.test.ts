import { describe, expect, it } from 'vitest';
import { sampleDeal } from '../deals/sample';
import { deepEqual, mergeDeal } from '../../src/storage/merge';

const base = sampleDeal({
  rev: 4,
  answers: { qualification: { budget: 'b', timeline: 't' }, demo: { script: 's' } },
});

describe('mergeDeal (per item, three-way)', () => {
  it("keeps this tab's changed items and the other tab's other changes", () => {
    const local = {
      ...base,
      answers: { ...base.answers, qualification: { budget: 'local budget', timeline: 't' } },
    };
    const remote = {
      ...base,
      rev: 5,
      notes: 'remote notes',
      answers: {
        qualification: { budget: 'b', timeline: 'remote t', champion: 'Ana' },
        demo: { script: 's' },
      },
    };
    const { deal, overridden } = mergeDeal(base, local, remote);
    expect(deal.answers).toEqual({
      qualification: { budget: 'local budget', timeline: 'remote t', champion: 'Ana' },
      demo: { script: 's' },
    });
    expect(deal.notes).toBe('remote notes');
    expect(deal.rev).toBe(5);
    expect(overridden).toEqual([]);
  });

  it('a deletion is a change too, on either side', () => {
    const local = { ...base, answers: { qualification: { budget: 'b', timeline: 't' } } }; // removed demo.script
    const remote = { ...base, rev: 5, answers: { qualification: { budget: 'b' }, demo: { script: 's' } } }; // removed timeline
    expect(mergeDeal(base, local, remote).deal.answers).toEqual({ qualification: { budget: 'b' } });
  });

  it('the same item changed on both sides: this tab wins and the item is named', () => {
    const local = { ...base, name: 'Local name', answers: { ...base.answers, demo: { script: 'local' } } };
    const remote = {
      ...base,
      rev: 5,
      name: 'Remote name',
      answers: { ...base.answers, demo: { script: 'remote' } },
    };
    const { deal, overridden } = mergeDeal(base, local, remote);
    expect(deal.answers.demo).toEqual({ script: 'local' });
    expect(deal.name).toBe('Local name');
    expect(overridden.sort()).toEqual(['demo.script', 'name']);
  });

  it('without a base, every local value wins and remote-only items are kept', () => {
    const local = { ...base, answers: { demo: { script: 'local' } } };
    const remote = { ...base, answers: { demo: { script: 'remote', extra: 1 } } };
    const { deal, overridden } = mergeDeal(null, local, remote);
    expect(deal.answers.demo).toEqual({ script: 'local', extra: 1 });
    expect(overridden).toEqual(['demo.script']);
  });

  it('compares answers structurally, regardless of key order', () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});
