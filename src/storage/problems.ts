// Unreadable stored values: shown to the rep with their raw text, copied aside before
// anything would overwrite them, and removed only after the rep downloaded them.
import { quarantineKey } from './keys';
import type { StorageProblem } from './status';
import type { State } from './workspace-state';

export function createProblems(state: State) {
  const { $storageProblems } = state.stores;

  /** Shows an unreadable value found at `key` (backed up at `backupKey`, if any), replacing one with its id. */
  function addProblem(
    key: string,
    raw: string,
    reason: string,
    backupKey: string | null = null,
    at = state.now(),
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
    const at = state.now();
    let backupKey: string | null = quarantineKey(key, at);
    if (state.storage !== null) {
      try {
        state.storage.setItem(backupKey, raw);
        state.storage.removeItem(key);
      } catch {
        backupKey = null;
      }
    } else {
      backupKey = null;
    }
    addProblem(key, raw, reason, backupKey, at);
    return backupKey !== null;
  }

  /** After the rep downloaded it: delete a backup and its banner. Originals are never deleted here. */
  function discardProblem(id: string): void {
    const problem = $storageProblems.get().find((p) => p.id === id);
    if (!problem) return;
    if (problem.backupKey !== null) {
      if (state.storage === null) return;
      try {
        state.storage.removeItem(problem.backupKey);
      } catch {
        return;
      }
    }
    $storageProblems.set($storageProblems.get().filter((p) => p.id !== id));
  }

  return { addProblem, quarantine, discardProblem };
}

export type Problems = ReturnType<typeof createProblems>;
