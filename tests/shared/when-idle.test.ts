import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/shared/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('runs the work later, not in the task that asked for it, and not after a cancel', () => {
    vi.useFakeTimers();
    const done: string[] = [];
    whenIdle(() => done.push('kept'));
    const cancel = whenIdle(() => done.push('cancelled'));
    expect(done).toEqual([]);
    cancel();
    vi.runAllTimers();
    expect(done).toEqual(['kept']);
  });

  it('uses requestIdleCallback where the browser has it, with a deadline', () => {
    const calls: { timeout: number | undefined }[] = [];
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
      idle = callback;
      calls.push({ timeout: options?.timeout });
      return 7;
    });
    const cancelled: number[] = [];
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    let ran = false;
    const cancel = whenIdle(() => (ran = true), 500);
    expect(calls).toEqual([{ timeout: 500 }]);
    expect(ran).toBe(false);
    idle?.();
    expect(ran).toBe(true);
    cancel();
    expect(cancelled).toEqual([7]);
  });
});
