// The workspace's state, shared by its parts (problems, writes, other tabs, actions): the
// stores the islands read, what the workspace remembers between calls, and the small
// helpers every part uses. One per workspace, made by `createWorkspace`.
import { atom, type ReadableAtom } from 'nanostores';
import type { Deal } from '../deals/schema';
import { EMPTY_META } from './codec';
import type { StorageLike } from './engine';
import { deepEqual } from './merge';
import { MIGRATIONS } from './migrations';
import type { FailReason, Notice, SaveResult, StorageMode, StorageProblem } from './status';

export interface WorkspaceOptions {
  now?: () => Date;
  newId?: () => string;
}

type NoticeInput = Notice extends infer N ? (N extends unknown ? Omit<N, 'id'> : never) : never;

/** Own keys only: `deals['constructor']` would otherwise find Object's constructor. */
export const dealIn = (deals: Readonly<Record<string, Deal>>, id: string): Deal | undefined =>
  Object.hasOwn(deals, id) ? deals[id] : undefined;

export const fail = (reason: FailReason, dealId: string | null, message: string): SaveResult => ({
  ok: false,
  reason,
  dealId,
  message,
});

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

/** The stores an island reads. */
function createStores() {
  const $deals = atom<Record<string, Deal>>({});
  const $currentDealId = atom<string | null>(null);
  const $currentDeal = derived([$deals, $currentDealId], () => {
    const id = $currentDealId.get();
    return id === null ? null : (dealIn($deals.get(), id) ?? null);
  });
  const $storageMode = atom<StorageMode>('loading');
  /** True when the page should ask the rep to reload (a newer site version wrote here). */
  const $needsReload = derived([$storageMode], () => $storageMode.get() === 'read-only-newer');
  return {
    $deals,
    $currentDealId,
    $currentDeal,
    $storageMode,
    $needsReload,
    $storageProblems: atom<readonly StorageProblem[]>([]),
    $saveStatus: atom<SaveResult | null>(null),
    /** Deals whose latest edits are only in memory (a save failed). */
    $unsavedDealIds: atom<readonly string[]>([]),
    $notices: atom<readonly Notice[]>([]),
    /** The last deleted deal, whole, for undo. */
    $lastDeleted: atom<Deal | null>(null),
    $lastExportAt: atom<string | null>(null),
  };
}

export type Stores = ReturnType<typeof createStores>;

export function createState(options: WorkspaceOptions = {}) {
  const stores = createStores();
  const { $deals, $storageMode, $saveStatus, $unsavedDealIds, $notices } = stores;
  const state = {
    stores,
    now: options.now ?? (() => new Date()),
    /** The storage written to; null while loading, in memory-only mode and when read-only. */
    storage: null as StorageLike | null,
    migrations: MIGRATIONS,
    unsubscribe: null as (() => void) | null,
    meta: EMPTY_META,
    lastDeletedWasCurrent: false,
    noticeSeq: 0,
    /** Per deal, the version last read from or written to storage: the merge base. */
    bases: new Map<string, Deal>(),

    putDeal: (deal: Deal): void => {
      $deals.set({ ...$deals.get(), [deal.id]: deal });
    },
    dropDeal: (id: string): void => {
      const { [id]: _dropped, ...rest } = $deals.get();
      $deals.set(rest);
    },
    pushNotice: (notice: NoticeInput): void => {
      $notices.set([...$notices.get(), { ...notice, id: ++state.noticeSeq }]);
    },
    report: (result: SaveResult): SaveResult => {
      $saveStatus.set(result);
      state.refreshUnsaved();
      return result;
    },
    refreshUnsaved: (): void => {
      if (state.storage === null) return $unsavedDealIds.set([]);
      const ids = Object.values($deals.get())
        .filter((deal) => !deepEqual(deal, state.bases.get(deal.id)))
        .map((deal) => deal.id);
      $unsavedDealIds.set(ids);
    },
    /** Refuse everything while loading or while a newer site version owns the data. */
    guard: (dealId: string | null): SaveResult | null => {
      const mode = $storageMode.get();
      if (mode === 'loading') return fail('not-ready', dealId, 'Storage is not initialised yet');
      if (mode === 'read-only-newer')
        return fail('read-only', dealId, 'A newer version of the site saved data here; reload the page');
      return null;
    },
    enterReadOnly: (): void => {
      // Dropping the storage handle makes any write path that slips past guard() a no-op.
      state.storage = null;
      $storageMode.set('read-only-newer');
    },
  };
  return state;
}

export type State = ReturnType<typeof createState>;
