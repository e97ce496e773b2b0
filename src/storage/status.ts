// Shapes of what the storage layer reports to the UI.

/**
 * - loading: `init` has not run (also on the server, where there is no storage)
 * - persistent: saved in localStorage
 * - memory: storage blocked or unavailable; nothing will be kept after the tab closes
 * - read-only-newer: a newer version of the site wrote here; we write nothing and ask for a reload
 */
export type StorageMode = 'loading' | 'persistent' | 'memory' | 'read-only-newer';

export type FailReason = 'quota' | 'unavailable' | 'read-only' | 'invalid' | 'not-found' | 'not-ready';

export type SaveResult =
  | { ok: true; dealId: string | null }
  | { ok: false; reason: FailReason; dealId: string | null; message: string };

/** A stored value we could not read, kept aside so the rep can download it. */
export interface StorageProblem {
  /** Stable id for dismissing: the backup key, or the original key if it could not be moved. */
  id: string;
  originalKey: string;
  /** Where the raw text now lives; null if it could not be copied (it then stays at originalKey, untouched). */
  backupKey: string | null;
  /** The raw text, for download. */
  raw: string;
  reason: string;
  foundAt: string;
}

export type Notice =
  /** Another tab saved this deal while this tab had unsaved changes; both were merged. */
  | { id: number; kind: 'conflict-merged'; dealId: string; overridden: string[] }
  /** Another tab deleted a deal with unsaved changes here; we kept and saved it again. */
  | { id: number; kind: 'deleted-elsewhere-kept'; dealId: string }
  /** Another tab cleared the site's storage; deals on screen here are still in memory. */
  | { id: number; kind: 'cleared-elsewhere' };
