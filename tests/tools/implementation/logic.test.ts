import { describe, expect, it } from 'vitest';
import data from '../../../content/tools/implementation.json';
import { implementationDefinition } from '../../../src/tools/implementation/definition';
import { guardDeal } from '../../../src/deals/guard';
import { checkDeal } from '../../../src/deals/schema';
import { implementationProgress, readStep } from '../../../src/tools/implementation/logic';
import { sampleDeal } from '../../deals/sample';

const items = [{ id: 'step-1' }, { id: 'step-2' }, { id: 'step-3' }, { id: 'step-4' }];
const definition = implementationDefinition.parse(data);

describe('readStep', () => {
  it('reads a saved step and treats anything else as not done', () => {
    const none = { done: false, date: '', notApplicable: false };
    expect(readStep({ done: true, date: '2026-11-20' })).toEqual({ ...none, done: true, date: '2026-11-20' });
    expect(readStep(undefined)).toEqual(none);
    expect(readStep('yes')).toEqual(none);
    expect(readStep({ done: 'true' })).toEqual(none);
  });

  it('reads "not applicable" only for a step the process lets a customer skip', () => {
    const skippable = definition.items.find((i) => i.id === 'step-3')!;
    const fixed = definition.items.find((i) => i.id === 'step-1')!;
    expect(readStep({ notApplicable: true }, skippable).notApplicable).toBe(true);
    expect(readStep({ notApplicable: true }, fixed).notApplicable).toBe(false);
    expect(readStep({ notApplicable: 'yes' }, skippable).notApplicable).toBe(false);
  });
});

describe('implementationProgress', () => {
  it('counts done steps and names the first open one in the playbook order', () => {
    const progress = implementationProgress(
      { 'step-1': { done: true, date: '2026-11-20' }, 'step-3': { done: true, date: '' } },
      items,
    );
    expect(progress).toEqual({
      done: 2,
      notApplicable: [],
      total: 4,
      complete: false,
      next: 'step-2',
      undated: ['step-3'],
    });
  });

  it('is complete only when every step is done', () => {
    const all = Object.fromEntries(items.map((i) => [i.id, { done: true, date: '2026-12-01' }]));
    expect(implementationProgress(all, items)).toMatchObject({ done: 4, complete: true, next: null });
    expect(implementationProgress({}, items)).toMatchObject({ done: 0, complete: false, next: 'step-1' });
  });

  it('completes a small customer’s deal: steps 1, 2 and 4 done, step 3 not applicable', () => {
    const answers = {
      'step-1': { done: true, date: '2026-11-20' },
      'step-2': { done: true, date: '2026-11-25' },
      'step-3': { done: false, date: '', notApplicable: true },
      'step-4': { done: true, date: '2026-12-20' },
    };
    expect(implementationProgress(answers, definition.items)).toEqual({
      done: 3,
      notApplicable: ['step-3'],
      total: 4,
      complete: true,
      next: null,
      undated: [],
    });
    // Without the flag the same deal is not complete: step 3 is next.
    expect(implementationProgress({ ...answers, 'step-3': {} }, definition.items)).toMatchObject({
      complete: false,
      next: 'step-3',
    });
  });

  it('never lets a step that cannot be skipped be settled by the flag', () => {
    const answers = { 'step-1': { notApplicable: true } };
    expect(implementationProgress(answers, definition.items)).toMatchObject({
      notApplicable: [],
      next: 'step-1',
    });
  });

  it('ignores answers for items the playbook no longer has', () => {
    expect(implementationProgress({ 'step-9': { done: true, date: '' } }, items).done).toBe(0);
  });
});

describe('the data', () => {
  it('lets only step 3 (run as a project) be skipped, as the process does', () => {
    expect(definition.items.filter((i) => i.skippable).map((i) => i.id)).toEqual(['step-3']);
  });

  it('fails to build when a skippable step has no stated rule on the page', () => {
    const bad = structuredClone(data);
    bad.statedRules = bad.statedRules.filter((r) => r.id !== 'step-3-not-applicable');
    expect(() => implementationDefinition.parse(bad)).toThrow(/step-3-not-applicable/);
  });
});

describe('saved data', () => {
  it('keeps a step marked not applicable as an ordinary answer record the schema and the guard accept', () => {
    const deal = sampleDeal({
      answers: { implementation: { 'step-3': { done: false, date: '', notApplicable: true } } },
    });
    expect(checkDeal(deal).ok).toBe(true);
    expect(guardDeal(deal).ok).toBe(true);
  });

  it('reads a step saved before "not applicable" existed exactly as before', () => {
    const old = { 'step-1': { done: true, date: '2026-11-20' }, 'step-3': { done: false, date: '' } };
    expect(implementationProgress(old, definition.items)).toMatchObject({
      done: 1,
      notApplicable: [],
      next: 'step-2',
    });
  });
});
