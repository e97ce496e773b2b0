import { describe, expect, it } from 'vitest';
import { implementationProgress, readStep } from '../../../src/tools/implementation/logic';

const items = [{ id: 'step-1' }, { id: 'step-2' }, { id: 'step-3' }, { id: 'step-4' }];

describe('readStep', () => {
  it('reads a saved step and treats anything else as not done', () => {
    expect(readStep({ done: true, date: '2026-11-20' })).toEqual({ done: true, date: '2026-11-20' });
    expect(readStep(undefined)).toEqual({ done: false, date: '' });
    expect(readStep('yes')).toEqual({ done: false, date: '' });
    expect(readStep({ done: 'true' })).toEqual({ done: false, date: '' });
  });
});

describe('implementationProgress', () => {
  it('counts done steps and names the first open one in the playbook order', () => {
    const progress = implementationProgress(
      { 'step-1': { done: true, date: '2026-11-20' }, 'step-3': { done: true, date: '' } },
      items,
    );
    expect(progress).toEqual({ done: 2, total: 4, complete: false, next: 'step-2', undated: ['step-3'] });
  });

  it('is complete only when every step is done', () => {
    const all = Object.fromEntries(items.map((i) => [i.id, { done: true, date: '2026-12-01' }]));
    expect(implementationProgress(all, items)).toMatchObject({ done: 4, complete: true, next: null });
    expect(implementationProgress({}, items)).toMatchObject({ done: 0, complete: false, next: 'step-1' });
  });

  it('ignores answers for items the playbook no longer has', () => {
    expect(implementationProgress({ 'step-9': { done: true, date: '' } }, items).done).toBe(0);
  });
});
