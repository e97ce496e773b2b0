import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  decodeProgress,
  encodeProgress,
  PROGRESS_KEY,
  readProgress,
} from '../../src/storage/progress';
import { FakeStorage } from './fake-storage';

const at = () => new Date('2026-11-27T10:00:00.000Z');
const stage = { answers: { 'how-many': 'eleven', ours: 'event-8' }, correct: 2, total: 3 };

function fakeStorage() {
  return new FakeStorage().tab().storage;
}

describe('quiz progress', () => {
  it('saves per stage and reads it back after a reload', () => {
    const storage = fakeStorage();
    const store = createProgressStore(storage, at);
    expect(store.saveStage('compelling-events', stage)).toBe(true);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toMatchObject({ version: 1 });
    const again = createProgressStore(storage, at);
    expect(again.$progress.get()).toEqual({
      'compelling-events': { ...stage, updatedAt: '2026-11-27T10:00:00.000Z' },
    });
    expect(readProgress(storage)['compelling-events']?.correct).toBe(2);
    expect(again.resetStage('compelling-events')).toBe(true);
    expect(readProgress(storage)).toEqual({});
  });

  it('keeps unreadable progress aside and starts over', () => {
    for (const bad of [
      '{oops',
      '[]',
      '{"version":1}',
      '{"version":1,"stages":{"x":{"answers":{},"correct":4,"total":3,"updatedAt":""}}}',
      '{"version":"1","stages":{}}',
    ]) {
      const storage = fakeStorage();
      storage.setItem(PROGRESS_KEY, bad);
      const store = createProgressStore(storage, at);
      expect(store.$progress.get()).toEqual({});
      expect(store.$mode.get()).toBe('persistent');
      expect(storage.getItem(PROGRESS_KEY)).toBeNull();
      expect(storage.getItem(`playbook:quarantine:${PROGRESS_KEY}:2026-11-27T10:00:00.000Z`)).toBe(bad);
      expect(readProgress(storage)).toEqual({});
      expect(store.saveStage('demo', stage)).toBe(true);
    }
  });

  it('never writes over progress from a newer version', () => {
    const storage = fakeStorage();
    const newer = '{"version":2,"stages":{}}';
    storage.setItem(PROGRESS_KEY, newer);
    expect(decodeProgress(newer)).toEqual({ ok: false, reason: 'newer', version: 2 });
    const store = createProgressStore(storage, at);
    expect(store.$mode.get()).toBe('memory');
    expect(store.saveStage('demo', stage)).toBe(false);
    expect(store.$progress.get()['demo']?.correct).toBe(2);
    expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
  });

  it('works in memory where storage is blocked or throws', () => {
    const blocked = createProgressStore(null, at);
    expect(blocked.$mode.get()).toBe('memory');
    expect(blocked.saveStage('demo', stage)).toBe(false);
    expect(blocked.$progress.get()['demo']?.correct).toBe(2);

    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    const store = createProgressStore(throwing, at);
    expect(store.$mode.get()).toBe('memory');
    expect(store.saveStage('demo', stage)).toBe(false);
    expect(readProgress(throwing)).toEqual({});
  });

  it('keeps what is on screen when a write fails (quota)', () => {
    const storage = fakeStorage();
    const store = createProgressStore(
      {
        ...storage,
        getItem: (key) => storage.getItem(key),
        removeItem: (key) => storage.removeItem(key),
        key: (i) => storage.key(i),
        length: 0,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
      at,
    );
    expect(store.saveStage('demo', stage)).toBe(false);
    expect(store.$progress.get()['demo']?.answers).toEqual(stage.answers);
  });

  it('round-trips through encode and decode', () => {
    const progress = { demo: { ...stage, updatedAt: '2026-11-27T10:00:00.000Z' } };
    expect(decodeProgress(encodeProgress(progress))).toEqual({ ok: true, progress });
    expect(decodeProgress(null)).toEqual({ ok: true, progress: {} });
  });
});
