// Every write to storage: one deal, or meta (current deal, last export). Each starts with
// the same read-before-write step, written once here: another tab's newer save is merged
// in, unreadable data is backed up first, and a newer format switches this tab to read-only.
import { guardDeal } from '../deals/guard';
import type { Deal } from '../deals/schema';
import { decodeDeal, decodeMeta, encodeDeal, encodeMeta, type Meta, type Read } from './codec';
import { isQuotaError } from './engine';
import { dealKey, META_KEY } from './keys';
import { mergeDeal } from './merge';
import type { Problems } from './problems';
import type { SaveResult } from './status';
import { fail, type State } from './workspace-state';

export function createWrites(state: State, { quarantine }: Pick<Problems, 'quarantine'>) {
  const { report, bases, putDeal, pushNotice, enterReadOnly } = state;

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
    const raw = state.storage!.getItem(key);
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
    if (state.storage === null) return report({ ok: true, dealId: id });

    const key = dealKey(id);
    let toWrite = next;
    let storedRev = -1;
    try {
      const before = readBeforeWrite(key, id, (raw) => decodeDeal(raw, id, state.migrations));
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
      state.storage.setItem(key, encodeDeal(toWrite));
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
    if ((stored.lastExportAt ?? '') <= (state.meta.lastExportAt ?? '')) return;
    state.meta = { ...state.meta, lastExportAt: stored.lastExportAt };
    state.stores.$lastExportAt.set(state.meta.lastExportAt);
  }

  /** Write meta (current deal, last export). Best effort: a failure is reported, never thrown. */
  function writeMeta(changes: Partial<Meta>): SaveResult {
    state.meta = { ...state.meta, ...changes };
    if (state.storage === null) return { ok: true, dealId: null };
    try {
      const before = readBeforeWrite(META_KEY, null, decodeMeta);
      if ('refused' in before) return report(before.refused);
      if (before.stored !== null) takeLaterExport(before.stored);
      state.storage.setItem(META_KEY, encodeMeta(state.meta));
      return { ok: true, dealId: null };
    } catch (error) {
      return report(fail(isQuotaError(error) ? 'quota' : 'unavailable', null, 'Could not save settings'));
    }
  }

  return { persist, writeMeta, takeLaterExport };
}

export type Writes = ReturnType<typeof createWrites>;
