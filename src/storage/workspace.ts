// The deal workspace: nanostores state plus the one code path that writes
// localStorage. A factory, so tests can run two "tabs" on one fake storage;
// `index.ts` holds the page's single instance.
import { atom, type ReadableAtom } from 'nanostores';
import { newDealId } from '../deals/id';
import * as ops from '../deals/operations';
import { guardDeal } from '../deals/guard';
import type { Answer, Deal, ToolId } from '../deals/schema';
import { decodeDeal, decodeMeta, EMPTY_META, encodeDeal, encodeMeta, type Meta, type Read } from './codec';
import {
  isQuotaError,
  listKeys,
  probeWrites,
  windowStorageEvents,
  type StorageChange,
  type StorageEvents,
  type StorageLike,
} from './engine';
import { dealIdFromKey, dealKey, META_KEY, parseQuarantineKey, quarantineKey } from './keys';
import { deepEqual, mergeDeal } from './merge';
import { MIGRATIONS, type Migration } from './migrations';
import { readSnapshot } from './snapshot';
import type { FailReason, Notice, SaveResult, StorageMode, StorageProblem } from './status';

export interface InitOptions {
  /** A Storage-like object, a getter for one (may throw, like `window.localStorage`), or null for memory only. */
  storage?: StorageLike | (() => StorageLike | null | undefined) | null;
  /** Other tabs' writes; defaults to `window` storage events in a browser. */
  events?: StorageEvents | null;
  migrations?: readonly Migration[];
}

export interface WorkspaceOptions {
  now?: () => Date;
  newId?: () => string;
}

type NoticeInput = Notice extends infer N ? (N extends unknown ? Omit<N, 'id'> : never) : never;

const defaultStorage = (): StorageLike | null => (typeof window === 'undefined' ? null : window.localStorage);
const defaultEvents = (): StorageEvents | null =>
  typeof window === 'undefined' ? null : windowStorageEvents;
const byRecent = (a: Deal, b: Deal): number => b.updatedAt.localeCompare(a.updatedAt);
/** Own keys only: `deals['constructor']` would otherwise find Object's constructor. */
const dealIn = (deals: Readonly<Record<string, Deal>>, id: string): Deal | undefined =>
  Object.hasOwn(deals, id) ? deals[id] : undefined;

/**
 * A store computed from others and kept current as they change. Unlike nanostores'
 * `computed` it updates eagerly, which the workspace (alive as long as its page)
 * can afford, and the tool pages do not load nanostores' lifecycle code for it.
 */
function derived<T>(sources: readonly ReadableAtom<unknown>[], value: () => T): ReadableAtom<T> {
  const $store = atom(value());
  for (const $source of sources) $source.listen(() => $store.set(value()));
  return $store;
}

export function createWorkspace(options: WorkspaceOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => newDealId());

  const $deals = atom<Record<string, Deal>>({});
  const $currentDealId = atom<string | null>(null);
  const $currentDeal = derived([$deals, $currentDealId], () => {
    const id = $currentDealId.get();
    return id === null ? null : (dealIn($deals.get(), id) ?? null);
  });
  const $storageMode = atom<StorageMode>('loading');
  /** True when the page should ask the rep to reload (a newer site version wrote here). */
  const $needsReload = derived([$storageMode], () => $storageMode.get() === 'read-only-newer');
  const $storageProblems = atom<readonly StorageProblem[]>([]);
  const $saveStatus = atom<SaveResult | null>(null);
  /** Deals whose latest edits are only in memory (a save failed). */
  const $unsavedDealIds = atom<readonly string[]>([]);
  const $notices = atom<readonly Notice[]>([]);
  /** The last deleted deal, whole, for undo. */
  const $lastDeleted = atom<Deal | null>(null);
  const $lastExportAt = atom<string | null>(null);

  let storage: StorageLike | null = null;
  let migrations: readonly Migration[] = MIGRATIONS;
  let unsubscribe: (() => void) | null = null;
  let meta: Meta = EMPTY_META;
  let lastDeletedWasCurrent = false;
  let noticeSeq = 0;
  /** Per deal, the version last read from or written to storage: the merge base. */
  const bases = new Map<string, Deal>();

  // ---- small helpers -------------------------------------------------------

  const putDeal = (deal: Deal): void => $deals.set({ ...$deals.get(), [deal.id]: deal });
  const dropDeal = (id: string): void => {
    const { [id]: _dropped, ...rest } = $deals.get();
    $deals.set(rest);
  };
  const pushNotice = (notice: NoticeInput): void =>
    $notices.set([...$notices.get(), { ...notice, id: ++noticeSeq }]);
  const fail = (reason: FailReason, dealId: string | null, message: string): SaveResult => ({
    ok: false,
    reason,
    dealId,
    message,
  });
  const report = (result: SaveResult): SaveResult => {
    $saveStatus.set(result);
    refreshUnsaved();
    return result;
  };
  function refreshUnsaved(): void {
    if (storage === null) return $unsavedDealIds.set([]);
    const ids = Object.values($deals.get())
      .filter((deal) => !deepEqual(deal, bases.get(deal.id)))
      .map((deal) => deal.id);
    $unsavedDealIds.set(ids);
  }

  /** Refuse everything while loading or while a newer site version owns the data. */
  function guard(dealId: string | null): SaveResult | null {
    const mode = $storageMode.get();
    if (mode === 'loading') return fail('not-ready', dealId, 'Storage is not initialised yet');
    if (mode === 'read-only-newer')
      return fail('read-only', dealId, 'A newer version of the site saved data here; reload the page');
    return null;
  }

  function enterReadOnly(): void {
    // Dropping the storage handle makes any write path that slips past guard() a no-op.
    storage = null;
    $storageMode.set('read-only-newer');
  }

  // ---- problems ------------------------------------------------------------

  /** Shows an unreadable value found at `key` (backed up at `backupKey`, if any), replacing one with its id. */
  function addProblem(
    key: string,
    raw: string,
    reason: string,
    backupKey: string | null = null,
    at = now(),
  ): void {
    const problem: StorageProblem = {
      id: backupKey ?? key,
      originalKey: key,
      backupKey,
      raw,
      reason,
      foundAt: at.toISOString(),
    };
    $storageProblems.set([...$storageProblems.get().filter((p) => p.id !== problem.id), problem]);
  }

  /** Copy an unreadable value aside, then remove the original. False if the copy failed (original untouched). */
  function quarantine(key: string, raw: string, reason: string): boolean {
    const at = now();
    let backupKey: string | null = quarantineKey(key, at);
    if (storage !== null) {
      try {
        storage.setItem(backupKey, raw);
        storage.removeItem(key);
      } catch {
        backupKey = null;
      }
    } else {
      backupKey = null;
    }
    addProblem(key, raw, reason, backupKey, at);
    return backupKey !== null;
  }

  // ---- writing ---------------------------------------------------------------

  /**
   * The read-before-write step of every write: what is stored under `key` now (null when
   * nothing readable is), or why the write must not happen. A newer format switches this
   * tab to read-only; unreadable data is backed up before it would be overwritten.
   */
  function readBeforeWrite<T>(
    key: string,
    dealId: string | null,
    decode: (raw: string) => Read<T>,
  ): { stored: T | null } | { refused: SaveResult } {
    const raw = storage!.getItem(key);
    if (raw === null) return { stored: null };
    const stored = decode(raw);
    if (stored.kind === 'newer') {
      enterReadOnly();
      const what = dealId === null ? 'data here' : 'this deal';
      return {
        refused: fail('read-only', dealId, `A newer version of the site saved ${what}; reload the page`),
      };
    }
    if (stored.kind === 'unreadable' && !quarantine(key, raw, stored.reason))
      return { refused: fail('quota', dealId, 'Could not back up unreadable data before saving') };
    return { stored: stored.kind === 'ok' ? stored.value : null };
  }

  /**
   * Save one deal. Memory is updated first, so what the rep typed stays on
   * screen whatever happens to the write. Before writing we read the stored
   * record: another tab's newer save is merged in, unreadable data is backed
   * up, and a newer format switches us to read-only. One key, one setItem:
   * a failed write leaves the previous stored value as it was.
   *
   * - merge: normal edits; rev = stored rev + 1
   * - replace: import; overwrites without merging (the rep chose replace)
   * - exact: undo of a delete; merged only if another tab re-created the key
   * Both write the deal unchanged, rev included, when its key is free.
   */
  function persist(next: Deal, how: 'merge' | 'replace' | 'exact' = 'merge'): SaveResult {
    const id = next.id;
    const checked = guardDeal(next);
    if (!checked.ok) return report(fail('invalid', id, `${checked.path}: ${checked.message}`));
    putDeal(next);
    if (storage === null) return report({ ok: true, dealId: id });

    const key = dealKey(id);
    let toWrite = next;
    let storedRev = -1;
    try {
      const before = readBeforeWrite(key, id, (raw) => decodeDeal(raw, id, migrations));
      if ('refused' in before) return report(before.refused);
      const stored = before.stored;
      if (stored !== null) {
        storedRev = stored.rev;
        const base = bases.get(id);
        if (how !== 'replace' && stored.rev !== base?.rev) {
          const merged = mergeDeal(base ?? null, next, stored);
          bases.set(id, stored);
          putDeal(merged.deal);
          toWrite = merged.deal;
          pushNotice({ kind: 'conflict-merged', dealId: id, overridden: merged.overridden });
        }
      }
      // A deal restored or imported into a free key is written exactly as it was.
      if (how === 'merge' || storedRev >= 0) {
        toWrite = { ...toWrite, rev: Math.max(storedRev, bases.get(id)?.rev ?? -1, toWrite.rev) + 1 };
      }
      storage.setItem(key, encodeDeal(toWrite));
    } catch (error) {
      const quota = isQuotaError(error);
      return report(
        fail(
          quota ? 'quota' : 'unavailable',
          id,
          quota
            ? 'Storage is full: not saved. Export your deals, then free space.'
            : `Storage failed: ${String(error)}`,
        ),
      );
    }
    bases.set(id, toWrite);
    putDeal(toWrite);
    return report({ ok: true, dealId: id });
  }

  /** Keeps the most recent export time any tab recorded. */
  function takeLaterExport(stored: Meta): void {
    if ((stored.lastExportAt ?? '') <= (meta.lastExportAt ?? '')) return;
    meta = { ...meta, lastExportAt: stored.lastExportAt };
    $lastExportAt.set(meta.lastExportAt);
  }

  /** Write meta (current deal, last export). Best effort: a failure is reported, never thrown. */
  function writeMeta(changes: Partial<Meta>): SaveResult {
    meta = { ...meta, ...changes };
    if (storage === null) return { ok: true, dealId: null };
    try {
      const before = readBeforeWrite(META_KEY, null, decodeMeta);
      if ('refused' in before) return report(before.refused);
      if (before.stored !== null) takeLaterExport(before.stored);
      storage.setItem(META_KEY, encodeMeta(meta));
      return { ok: true, dealId: null };
    } catch (error) {
      return report(fail(isQuotaError(error) ? 'quota' : 'unavailable', null, 'Could not save settings'));
    }
  }

  // ---- other tabs ------------------------------------------------------------

  function onStorageChange(change: StorageChange): void {
    if ($storageMode.get() !== 'persistent') return;
    if (change.key === null) {
      // Another tab cleared storage. Keep what is on screen; it is now unsaved.
      bases.clear();
      refreshUnsaved();
      pushNotice({ kind: 'cleared-elsewhere' });
      return;
    }
    if (change.key === META_KEY) {
      if (change.newValue === null) return;
      const stored = decodeMeta(change.newValue);
      if (stored.kind === 'newer') enterReadOnly();
      // Each tab keeps its own current deal; only the export time is shared.
      else if (stored.kind === 'ok') takeLaterExport(stored.value);
      return;
    }
    const id = dealIdFromKey(change.key);
    if (id === null) return;
    const local = dealIn($deals.get(), id);
    const base = bases.get(id);
    const dirty = local !== undefined && !deepEqual(local, base);

    if (change.newValue === null) {
      bases.delete(id);
      if (local === undefined) return;
      if (!dirty) {
        dropDeal(id);
        if ($currentDealId.get() === id) $currentDealId.set(null);
        return refreshUnsaved();
      }
      pushNotice({ kind: 'deleted-elsewhere-kept', dealId: id });
      persist(local);
      return;
    }

    const stored = decodeDeal(change.newValue, id, migrations);
    if (stored.kind === 'newer') return enterReadOnly();
    if (stored.kind === 'unreadable') {
      // Not moved now (another tab may be mid-way); the next save or visit backs it up.
      return addProblem(change.key, change.newValue, stored.reason);
    }
    const remote = stored.value;
    if (base !== undefined && remote.rev <= base.rev) return;
    if (!dirty || local === undefined) {
      bases.set(id, remote);
      putDeal(remote);
      return refreshUnsaved();
    }
    // This tab has edits that are not saved yet: merge and save the result.
    const merged = mergeDeal(base ?? null, local, remote);
    bases.set(id, remote);
    pushNotice({ kind: 'conflict-merged', dealId: id, overridden: merged.overridden });
    persist(merged.deal);
  }

  /** Re-read every deal as if each had arrived as a storage event (events may have been missed). */
  function resync(): void {
    if ($storageMode.get() !== 'persistent' || storage === null) return;
    const source = storage;
    let changes: StorageChange[];
    try {
      changes = listKeys(source).map((key) => ({ key, newValue: source.getItem(key) }));
    } catch {
      return;
    }
    const present = new Set(changes.map((c) => (c.key === null ? null : dealIdFromKey(c.key))));
    for (const change of changes) onStorageChange(change);
    // Deals this tab had saved that are gone now: deleted elsewhere.
    for (const id of Object.keys($deals.get())) {
      if (!present.has(id) && bases.has(id)) onStorageChange({ key: dealKey(id), newValue: null });
    }
  }

  // ---- init ------------------------------------------------------------------

  function reset(): void {
    unsubscribe?.();
    unsubscribe = null;
    storage = null;
    meta = EMPTY_META;
    bases.clear();
    $deals.set({});
    $currentDealId.set(null);
    $storageProblems.set([]);
    $saveStatus.set(null);
    $unsavedDealIds.set([]);
    $notices.set([]);
    $lastDeleted.set(null);
    $lastExportAt.set(null);
    $storageMode.set('loading');
  }

  /** Read storage and start listening. Call in the browser only; never at import time. */
  function init(initOptions: InitOptions = {}): StorageMode {
    reset();
    migrations = initOptions.migrations ?? MIGRATIONS;
    const source = initOptions.storage === undefined ? defaultStorage : initOptions.storage;
    let candidate: StorageLike | null | undefined;
    let snapshot: ReturnType<typeof readSnapshot> | null = null;
    try {
      // Reading window.localStorage throws SecurityError where site data is blocked.
      candidate = typeof source === 'function' ? source() : source;
      if (candidate) snapshot = readSnapshot(candidate, migrations);
    } catch {
      candidate = null;
    }
    if (!candidate || !snapshot) {
      $storageMode.set('memory');
      return 'memory';
    }

    for (const deal of snapshot.deals) {
      bases.set(deal.id, deal);
    }
    $deals.set(Object.fromEntries(snapshot.deals.map((deal) => [deal.id, deal])));
    meta = snapshot.meta;
    $lastExportAt.set(meta.lastExportAt);
    const known = meta.currentDealId !== null && dealIn($deals.get(), meta.currentDealId) !== undefined;
    $currentDealId.set(known ? meta.currentDealId : (snapshot.deals.toSorted(byRecent)[0]?.id ?? null));
    $storageProblems.set(
      snapshot.quarantined.map(({ key, raw, reason }) => {
        const { originalKey, at } = parseQuarantineKey(key);
        return { id: key, originalKey, backupKey: key, raw, reason, foundAt: at ?? now().toISOString() };
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
    storage = mode === 'persistent' ? candidate : null;
    $storageMode.set(mode);
    for (const entry of snapshot.unreadable) {
      if (mode === 'persistent') quarantine(entry.key, entry.raw, entry.reason);
      // Memory or read-only: report it, with the raw text, but leave it where it is.
      else addProblem(entry.key, entry.raw, entry.reason);
    }
    const events = initOptions.events === undefined ? defaultEvents() : initOptions.events;
    if (events && mode !== 'memory') unsubscribe = events(onStorageChange, resync);
    return mode;
  }

  /** Stop listening (tests, or a page going away). */
  function destroy(): void {
    unsubscribe?.();
    unsubscribe = null;
  }

  // ---- actions -----------------------------------------------------------------

  function withDeal(id: string, edit: (deal: Deal) => Deal): SaveResult {
    const refused = guard(id);
    if (refused) return report(refused);
    const deal = dealIn($deals.get(), id);
    if (!deal) return report(fail('not-found', id, 'No such deal'));
    let next: Deal;
    try {
      next = edit(deal);
    } catch (error) {
      return report(fail('invalid', id, String(error)));
    }
    return persist(next);
  }

  function withCurrent(edit: (deal: Deal) => Deal): SaveResult {
    const id = $currentDealId.get();
    if (id === null) return report(guard(null) ?? fail('not-found', null, 'No current deal'));
    return withDeal(id, edit);
  }

  function setCurrentDeal(id: string | null): SaveResult {
    if (id !== null && dealIn($deals.get(), id) === undefined) return fail('not-found', id, 'No such deal');
    $currentDealId.set(id);
    // Remembered for the next visit only when we may write.
    if ($storageMode.get() === 'persistent') writeMeta({ currentDealId: id });
    return { ok: true, dealId: id };
  }

  function createDeal(name: string, customer: string): SaveResult {
    const refused = guard(null);
    if (refused) return report(refused);
    const result = persist(ops.createDeal(name, customer, now(), newId()));
    // Even when the write failed the deal exists in memory: open it.
    if (result.ok || result.reason === 'quota') setCurrentDeal(result.dealId);
    return result;
  }

  function renameDeal(id: string, changes: { name?: string; customer?: string }): SaveResult {
    return withDeal(id, (deal) => ops.renameDeal(deal, changes, now()));
  }

  function duplicateDeal(id: string, name?: string): SaveResult {
    const refused = guard(id);
    if (refused) return report(refused);
    const deal = dealIn($deals.get(), id);
    if (!deal) return report(fail('not-found', id, 'No such deal'));
    const copy = ops.duplicateDeal(deal, now(), name === undefined ? { id: newId() } : { id: newId(), name });
    return persist(copy);
  }

  /** Delete a deal; it is kept whole in `$lastDeleted` until `undoDelete` or the next delete. */
  function deleteDeal(id: string): Deal | null {
    if (guard(id)) return null;
    const deal = dealIn($deals.get(), id);
    if (!deal) return null;
    if (storage !== null) {
      try {
        storage.removeItem(dealKey(id));
      } catch (error) {
        report(fail('unavailable', id, `Could not delete: ${String(error)}`));
        return null;
      }
    }
    bases.delete(id);
    dropDeal(id);
    $lastDeleted.set(deal);
    lastDeletedWasCurrent = $currentDealId.get() === id;
    if (lastDeletedWasCurrent) setCurrentDeal(Object.values($deals.get()).toSorted(byRecent)[0]?.id ?? null);
    refreshUnsaved();
    return deal;
  }

  function undoDelete(): SaveResult {
    const deal = $lastDeleted.get();
    const refused = guard(deal?.id ?? null);
    if (refused) return report(refused);
    if (!deal) return report(fail('not-found', null, 'Nothing to undo'));
    $lastDeleted.set(null);
    const result = persist(deal, 'exact');
    if (lastDeletedWasCurrent) setCurrentDeal(deal.id);
    return result;
  }

  function setAnswer(tool: ToolId, item: string, value: Answer | undefined): SaveResult {
    return withCurrent((deal) => ops.setAnswer(deal, tool, item, value, now()));
  }

  function setNotes(notes: string): SaveResult {
    return withCurrent((deal) => ops.setNotes(deal, notes, now()));
  }

  /** Save imported deals (the UI decided add/replace with `applyImport`'s plan). */
  function importDeals(deals: readonly Deal[]): SaveResult[] {
    const refused = guard(null);
    if (refused) return [report(refused)];
    const results = deals.map((deal) => persist(deal, 'replace'));
    const first = deals[0];
    if ($currentDealId.get() === null && first) setCurrentDeal(first.id);
    return results;
  }

  function markExported(at: Date = now()): SaveResult {
    const refused = guard(null);
    if (refused) return report(refused);
    $lastExportAt.set(at.toISOString());
    return writeMeta({ lastExportAt: at.toISOString() });
  }

  /** Try again to save every deal that has edits only in memory (after a quota failure). */
  function saveAll(): SaveResult[] {
    const refused = guard(null);
    if (refused) return [report(refused)];
    return Object.values($deals.get())
      .filter((deal) => !deepEqual(deal, bases.get(deal.id)))
      .map((deal) => persist(deal));
  }

  function dismissNotice(id: number): void {
    $notices.set($notices.get().filter((n) => n.id !== id));
  }

  /** After the rep downloaded it: delete a backup and its banner. Originals are never deleted here. */
  function discardProblem(id: string): void {
    const problem = $storageProblems.get().find((p) => p.id === id);
    if (!problem) return;
    if (problem.backupKey !== null) {
      if (storage === null) return;
      try {
        storage.removeItem(problem.backupKey);
      } catch {
        return;
      }
    }
    $storageProblems.set($storageProblems.get().filter((p) => p.id !== id));
  }

  return {
    $deals,
    $currentDealId,
    $currentDeal,
    $storageMode,
    $needsReload,
    $storageProblems,
    $saveStatus,
    $unsavedDealIds,
    $notices,
    $lastDeleted,
    $lastExportAt,
    init,
    destroy,
    resync,
    createDeal,
    renameDeal,
    duplicateDeal,
    deleteDeal,
    undoDelete,
    setCurrentDeal,
    setAnswer,
    setNotes,
    importDeals,
    markExported,
    saveAll,
    dismissNotice,
    discardProblem,
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
