import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/storage';
import { FakeStorage, openTab } from './tabs';

describe('fault: storage blocked or unavailable', () => {
  it('reading localStorage throws SecurityError: memory mode, and the site still works', () => {
    const ws = createWorkspace();
    const mode = ws.init({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      events: null,
    });
    expect(mode).toBe('memory');
    expect(ws.$storageMode.get()).toBe('memory');
    expect(ws.createDeal('Acme', 'Acme Ltd').ok).toBe(true);
    expect(ws.setAnswer('demo', 'script', 'ok').ok).toBe(true);
    expect(ws.$currentDeal.get()?.answers).toEqual({ demo: { script: 'ok' } });
  });

  it('every access throws: memory mode, nothing written', () => {
    const fake = new FakeStorage();
    fake.blocked = true;
    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('memory');
    expect(ws.createDeal('Acme', '').ok).toBe(true);
    expect(fake.data.size).toBe(0);
  });

  it('reads work but setItem throws on the probe: memory mode with the stored deals shown', () => {
    const fake = new FakeStorage();
    openTab(fake).createDeal('Saved earlier', '');
    const before = fake.snapshot();
    fake.readOnly = true;
    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('memory');
    expect(ws.$currentDeal.get()?.name).toBe('Saved earlier');
    expect(ws.setNotes('typed in memory').ok).toBe(true);
    expect(ws.$currentDeal.get()?.notes).toBe('typed in memory');
    expect(fake.snapshot()).toEqual(before);
  });

  it('no storage at all (null): memory mode', () => {
    const ws = createWorkspace();
    expect(ws.init({ storage: null })).toBe('memory');
  });
});
