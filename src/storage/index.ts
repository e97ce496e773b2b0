// The page's one deal workspace, its members as named exports, and the storage layer's
// public types and constants. Importing this reads nothing: call `init()` in the browser
// (Astro renders on Node, where there is no localStorage).
import { createWorkspace } from './workspace';

export const workspace = createWorkspace();

export const {
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
} = workspace;

export * from './workspace';
export type * from './engine';
export type * from './status';
export { STORAGE_VERSION } from './keys';
export { byRecent } from '../deals/order';
export * from './export-reminder';
export * from './usage';
