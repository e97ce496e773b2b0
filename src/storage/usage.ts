// How much of the browser's localStorage quota the site's keys take, measured from what
// is stored (never estimated from a count of deals).
//
// The quota assumed: 5 MiB counted as browsers count it, one unit per UTF-16 code unit of
// each key and value (Chromium accepts exactly 5,242,880 code units per origin, Latin or
// Chinese alike: 10 MiB of UTF-16 text; Firefox and Safari count the same 5 Mi units).
import { listKeys, type StorageLike } from './engine';
import { KEY_ROOT } from './keys';

export const STORAGE_QUOTA_UNITS = 5 * 1024 * 1024;

export interface StorageUsage {
  /** UTF-16 code units of the site's keys and values. */
  used: number;
  quota: number;
}

/** The site's keys ("playbook:…") and their values, in the quota's units. */
export function measureUsage(storage: StorageLike): StorageUsage {
  let used = 0;
  for (const key of listKeys(storage)) {
    if (!key.startsWith(KEY_ROOT)) continue;
    used += key.length + (storage.getItem(key)?.length ?? 0);
  }
  return { used, quota: STORAGE_QUOTA_UNITS };
}

/** This browser's usage, or null where localStorage cannot be read (blocked site data). */
export function browserStorageUsage(): StorageUsage | null {
  try {
    return typeof window === 'undefined' ? null : measureUsage(window.localStorage);
  } catch {
    return null;
  }
}
