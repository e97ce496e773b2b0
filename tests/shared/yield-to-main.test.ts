import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToMain } from '../../src/shared/yield-to-main';

/** Runs every microtask queued so far (and those they queue), but no new task. */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('yieldToMain', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uses scheduler.yield() where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToMain();
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  it('otherwise resumes in a new task, not among the current task’s microtasks', async () => {
    vi.stubGlobal('scheduler', undefined);
    let resumed = false;
    const yielded = yieldToMain().then(() => {
      resumed = true;
    });
    await drainMicrotasks();
    expect(resumed).toBe(false);
    await yielded;
    expect(resumed).toBe(true);
  });

  it('ignores a scheduler without yield (older browsers have postTask only)', async () => {
    vi.stubGlobal('scheduler', { postTask: () => Promise.resolve() });
    await expect(yieldToMain()).resolves.toBeUndefined();
  });
});
