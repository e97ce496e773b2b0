// The page's one deal workspace. Importing this reads nothing: call `init()`
// in the browser (Astro renders on Node, where there is no localStorage).
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

export { createWorkspace, type InitOptions, type Workspace } from './workspace';
export type { StorageLike, StorageChange, StorageEvents } from './engine';
export type { FailReason, Notice, SaveResult, StorageMode, StorageProblem } from './status';
export { STORAGE_VERSION } from './keys';
export { exportReminderDue, EXPORT_REMINDER_DAYS } from './export-reminder';
