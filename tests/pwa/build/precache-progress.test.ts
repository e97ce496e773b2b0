import { Script } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { precacheProgressScript, reportPrecacheProgress } from '../../../src/pwa/build/precache-progress.ts';

/** A service worker's scope while it installs: a precache that fills as the test says, and two open pages. */
function fakeWorker() {
  const entries: string[] = [];
  const messages: unknown[][] = [[], []];
  let onInstall: (() => void) | undefined;
  const registration = { installing: {} as unknown };
  vi.stubGlobal('self', {
    registration,
    clients: {
      matchAll: (options: unknown) => {
        expect(options).toEqual({ type: 'window', includeUncontrolled: true });
        return Promise.resolve(messages.map((list) => ({ postMessage: (m: unknown) => list.push(m) })));
      },
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'install') onInstall = listener;
    },
  });
  vi.stubGlobal('caches', {
    keys: () => Promise.resolve(['other-cache', 'playbook-precache-v2-https://example.com/']),
    open: (name: string) => {
      expect(name).toBe('playbook-precache-v2-https://example.com/');
      return Promise.resolve({ keys: () => Promise.resolve([...entries]) });
    },
  });
  return { entries, messages, registration, install: () => onInstall?.() };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('precache progress', () => {
  it('tells every open page how many files are saved, until the install is over', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    reportPrecacheProgress(4, 'playbook-precache-', 'PRECACHE_PROGRESS');
    worker.install();
    await vi.waitFor(() => expect(worker.messages[0]).toHaveLength(1));
    expect(worker.messages[0]![0]).toEqual({ type: 'PRECACHE_PROGRESS', done: 0, total: 4 });

    worker.entries.push('/a', '/b', '/c');
    await vi.advanceTimersByTimeAsync(250);
    expect(worker.messages[1]!.at(-1)).toEqual({ type: 'PRECACHE_PROGRESS', done: 3, total: 4 });

    worker.entries.push('/d', '/old-file');
    worker.registration.installing = null;
    await vi.advanceTimersByTimeAsync(250);
    const count = worker.messages[0]!.length;
    expect(worker.messages[0]!.at(-1)).toEqual({ type: 'PRECACHE_PROGRESS', done: 4, total: 4 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(worker.messages[0]).toHaveLength(count);
  });

  it('is written as a self-contained statement with the build’s figures', () => {
    const script = precacheProgressScript(149, 'playbook-precache-', 'PRECACHE_PROGRESS');
    expect(script).toMatch(/^\(function reportPrecacheProgress\(/);
    expect(script.trimEnd()).toMatch(/\)\(149,"playbook-precache-","PRECACHE_PROGRESS"\);$/);
    // Compiles as JavaScript on its own (it runs at the top of sw.js).
    expect(() => new Script(script)).not.toThrow();
  });
});
