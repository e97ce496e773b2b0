// The deal workspace: nanostores state plus the one code path that writes
// localStorage. A factory, so tests can run two "tabs" on one fake storage;
// `index.ts` holds the page's single instance. Its parts: ./workspace-state.ts (stores and
// shared state), ./problems.ts (unreadable data), ./writes.ts (every write, with its
// read-before-write step), ./sync.ts (other tabs), ./actions.ts (what islands ask for).
import { createActions } from './actions';
import { EMPTY_META } from './codec';
import { probeWrites, windowStorageEvents, type StorageEvents, type StorageLike } from './engine';
import { parseQuarantineKey } from './keys';
import { MIGRATIONS, type Migration } from './migrations';
import { createProblems } from './problems';
import { readSnapshot } from './snapshot';
import type { StorageMode } from './status';
import { createSync } from './sync';
import { byRecent } from '../deals/order';
import { createState, dealIn, type WorkspaceOptions } from './workspace-state';
import { createWrites } from './writes';

export type { WorkspaceOptions } from './workspace-state';

export interface InitOptions {
  /** A Storage-like object, a getter for one (may throw, like `window.localStorage`), or null for memory only. */
  storage?: StorageLike | (() => StorageLike | null | undefined) | null;
  /** Other tabs' writes; defaults to `window` storage events in a browser. */
  events?: StorageEvents | null;
  migrations?: readonly Migration[];
}

const defaultStorage = (): StorageLike | null => (typeof window === 'undefined' ? null : window.localStorage);
const defaultEvents = (): StorageEvents | null =>
  typeof window === 'undefined' ? null : windowStorageEvents;

export function createWorkspace(options: WorkspaceOptions = {}) {
  const state = createState(options);
  const stores = state.stores;
  const problems = createProblems(state);
  const writes = createWrites(state, problems);
  const { onStorageChange, resync } = createSync(state, problems, writes);
  const actions = createActions(state, writes, options);

  function reset(): void {
    state.unsubscribe?.();
    state.unsubscribe = null;
    state.storage = null;
    state.meta = EMPTY_META;
    state.bases.clear();
    stores.$deals.set({});
    stores.$currentDealId.set(null);
    stores.$storageProblems.set([]);
    stores.$saveStatus.set(null);
    stores.$unsavedDealIds.set([]);
    stores.$notices.set([]);
    stores.$lastDeleted.set(null);
    stores.$lastExportAt.set(null);
    stores.$storageMode.set('loading');
  }

  /** Read storage and start listening. Call in the browser only; never at import time. */
  function init(initOptions: InitOptions = {}): StorageMode {
    reset();
    state.migrations = initOptions.migrations ?? MIGRATIONS;
    const source = initOptions.storage === undefined ? defaultStorage : initOptions.storage;
    let candidate: StorageLike | null | undefined;
    let snapshot: ReturnType<typeof readSnapshot> | null = null;
    try {
      // Reading window.localStorage throws SecurityError where site data is blocked.
      candidate = typeof source === 'function' ? source() : source;
      if (candidate) snapshot = readSnapshot(candidate, state.migrations);
    } catch {
      candidate = null;
    }
    if (!candidate || !snapshot) {
      stores.$storageMode.set('memory');
      return 'memory';
    }

    for (const deal of snapshot.deals) {
      state.bases.set(deal.id, deal);
    }
    stores.$deals.set(Object.fromEntries(snapshot.deals.map((deal) => [deal.id, deal])));
    state.meta = snapshot.meta;
    const meta = snapshot.meta;
    stores.$lastExportAt.set(meta.lastExportAt);
    const known =
      meta.currentDealId !== null && dealIn(stores.$deals.get(), meta.currentDealId) !== undefined;
    stores.$currentDealId.set(
      known ? meta.currentDealId : (snapshot.deals.toSorted(byRecent)[0]?.id ?? null),
    );
    stores.$storageProblems.set(
      snapshot.quarantined.map(({ key, raw, reason }) => {
        const { originalKey, at } = parseQuarantineKey(key);
        return {
          id: key,
          originalKey,
          backupKey: key,
          raw,
          reason,
          foundAt: at ?? state.now().toISOString(),
        };
      }),
    );

    let mode: StorageMode;
    if (snapshot.newer) {
      // Decided before any write: a newer site's data is never touched.
      mode = 'read-only-newer';
    } else {
      const probe = probeWrites(candidate);
      mode = probe === 'ok' || probe === 'quota' ? 'persistent' : 'memory';
    }
    // Only a working, current-version storage is ever written.
    state.storage = mode === 'persistent' ? candidate : null;
    stores.$storageMode.set(mode);
    for (const entry of snapshot.unreadable) {
      if (mode === 'persistent') problems.quarantine(entry.key, entry.raw, entry.reason);
      // Memory or read-only: report it, with the raw text, but leave it where it is.
      else problems.addProblem(entry.key, entry.raw, entry.reason);
    }
    const events = initOptions.events === undefined ? defaultEvents() : initOptions.events;
    if (events && mode !== 'memory') state.unsubscribe = events(onStorageChange, resync);
    return mode;
  }

  /** Stop listening (tests, or a page going away). */
  function destroy(): void {
    state.unsubscribe?.();
    state.unsubscribe = null;
  }

  return {
    ...stores,
    init,
    destroy,
    resync,
    ...actions,
    discardProblem: problems.discardProblem,
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
