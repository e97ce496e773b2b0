// What the islands ask of the workspace: create, rename, duplicate, delete and undo, open,
// answer, import, export. Each checks the workspace may write, then goes through `persist`.
import { newDealId } from '../deals/id';
import * as ops from '../deals/operations';
import type { Answer, Deal, ToolId } from '../deals/schema';
import { deepEqual } from './merge';
import { dealKey } from './keys';
import type { SaveResult } from './status';
import type { Writes } from './writes';
import { byRecent } from '../deals/order';
import { dealIn, fail, type State, type WorkspaceOptions } from './workspace-state';

export function createActions(state: State, { persist, writeMeta }: Writes, options: WorkspaceOptions) {
  const { $deals, $currentDealId, $storageMode, $lastDeleted, $lastExportAt, $notices } = state.stores;
  const { report, guard, bases, dropDeal, refreshUnsaved } = state;
  const now = state.now;
  const newId = options.newId ?? (() => newDealId());

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
    if (state.storage !== null) {
      try {
        state.storage.removeItem(dealKey(id));
      } catch (error) {
        report(fail('unavailable', id, `Could not delete: ${String(error)}`));
        return null;
      }
    }
    bases.delete(id);
    dropDeal(id);
    $lastDeleted.set(deal);
    state.lastDeletedWasCurrent = $currentDealId.get() === id;
    if (state.lastDeletedWasCurrent)
      setCurrentDeal(Object.values($deals.get()).toSorted(byRecent)[0]?.id ?? null);
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
    if (state.lastDeletedWasCurrent) setCurrentDeal(deal.id);
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

  return {
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
  };
}
