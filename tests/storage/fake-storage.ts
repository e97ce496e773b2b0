// A Map-backed Storage shared by any number of fake "tabs". Each tab gets its
// own view and event subscription; a write in one tab queues a storage event
// for the others (browsers deliver them asynchronously: call `deliver()`).
import type { StorageChange, StorageEvents, StorageLike } from '../../src/storage';

export class FakeStorage {
  readonly data = new Map<string, string>();
  /** Every access throws SecurityError (site data blocked). */
  blocked = false;
  /** Writes throw SecurityError, reads work. */
  readOnly = false;
  /** Max total size (key + value lengths); a write beyond it throws QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY;
  /** Keys written or removed, in order. */
  readonly writes: string[] = [];
  private readonly queue: { from: number; change: StorageChange }[] = [];
  private readonly listeners = new Map<number, (change: StorageChange) => void>();
  private tabs = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }

  used(): number {
    let total = 0;
    for (const [k, v] of this.data) total += k.length + v.length;
    return total;
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.data);
  }

  /** A new tab: its Storage view and its `storage` event source. */
  tab(): { storage: StorageLike; events: StorageEvents } {
    const id = ++this.tabs;
    const data = this.data;
    const check = (): void => {
      if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const changed = (key: string | null, newValue: string | null): void => {
      this.queue.push({ from: id, change: { key, newValue } });
    };
    const storage: StorageLike = {
      getItem: (key) => {
        check();
        return this.data.get(key) ?? null;
      },
      setItem: (key, value) => {
        check();
        if (this.readOnly) throw new DOMException('The operation is insecure.', 'SecurityError');
        const before = this.data.get(key);
        const size =
          this.used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
        if (size > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        this.data.set(key, value);
        this.writes.push(key);
        changed(key, value);
      },
      removeItem: (key) => {
        check();
        if (!this.data.has(key)) return;
        this.data.delete(key);
        this.writes.push(key);
        changed(key, null);
      },
      key: (index) => {
        check();
        return [...this.data.keys()][index] ?? null;
      },
      get length() {
        check();
        return data.size;
      },
    };
    const events: StorageEvents = (listener) => {
      this.listeners.set(id, listener);
      return () => this.listeners.delete(id);
    };
    return { storage, events };
  }

  /** Deliver queued storage events to every tab except the one that wrote. */
  deliver(): void {
    while (this.queue.length > 0) {
      const next = this.queue.shift();
      if (!next) break;
      for (const [tab, listener] of this.listeners) if (tab !== next.from) listener(next.change);
    }
  }

  /** Another program (e.g. devtools) writes directly. */
  put(key: string, value: string): void {
    this.data.set(key, value);
  }
}

/** A clock that moves one second per call, so updatedAt values differ. */
export function steppingClock(start = '2026-11-27T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** Sequential ids, so tests can name deals. */
export function sequentialIds(prefix = 'deal'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
