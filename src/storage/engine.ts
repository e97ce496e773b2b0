// The storage engine is injected (tests pass a fake); this file holds what
// we need to know about it: its shape, its events, its errors.
import { PROBE_KEY } from './keys';

/** The part of the Web Storage API we use. `window.localStorage` fits. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** What we read from a `storage` event (another tab wrote). `key` null = cleared. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/**
 * Subscribe to other tabs' writes; returns an unsubscribe function. `resync`
 * is for when events may have been missed (a page restored from the
 * back/forward cache gets no storage events for the time it was away).
 */
export type StorageEvents = (listener: (change: StorageChange) => void, resync: () => void) => () => void;

export const windowStorageEvents: StorageEvents = (listener, resync) => {
  const onStorage = (e: StorageEvent): void => {
    // Events for sessionStorage also arrive here; only localStorage matters.
    if (e.storageArea !== null && e.storageArea !== window.localStorage) return;
    listener({ key: e.key, newValue: e.newValue });
  };
  const onPageShow = (e: PageTransitionEvent): void => {
    if (e.persisted) resync();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onPageShow);
  };
};

export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** Browsers disagree on the name (Firefox used NS_ERROR_DOM_QUOTA_REACHED) and code (22/1014). */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/**
 * Prove that writes work: some browsers let us read but throw on every write.
 * A full quota still counts as working: reads are fine, and saving works again
 * once the rep frees space.
 */
export function probeWrites(storage: StorageLike): 'ok' | 'quota' | 'blocked' {
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'blocked';
  }
}

/** Every key currently stored (copied first: we may remove keys while iterating). */
export function listKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}
