// Other tabs: their writes arrive as storage events. A deal this tab has not changed takes
// the stored version; one with unsaved edits here is merged and saved; a newer format
// switches this tab to read-only.
import { decodeDeal, decodeMeta } from './codec';
import { listKeys, type StorageChange } from './engine';
import { dealIdFromKey, dealKey, META_KEY } from './keys';
import { deepEqual, mergeDeal } from './merge';
import type { Problems } from './problems';
import type { Writes } from './writes';
import { dealIn, type State } from './workspace-state';

export function createSync(
  state: State,
  { addProblem }: Pick<Problems, 'addProblem'>,
  { persist, takeLaterExport }: Pick<Writes, 'persist' | 'takeLaterExport'>,
) {
  const { $deals, $currentDealId, $storageMode } = state.stores;
  const { bases, refreshUnsaved, pushNotice, enterReadOnly, dropDeal, putDeal } = state;

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

    const stored = decodeDeal(change.newValue, id, state.migrations);
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
    if ($storageMode.get() !== 'persistent' || state.storage === null) return;
    const source = state.storage;
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

  return { onStorageChange, resync };
}
