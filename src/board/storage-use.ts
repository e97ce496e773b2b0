// What the board says about the browser storage the deals take: the measured share of
// the quota, and from WARN_SHARE on, how to free space. Pure: tests/board/storage-use.test.ts.
import { fill } from '../shared/fill';
import type { StorageUsage } from '../storage/index';
import type { BoardStrings } from './definition';

/** From this share of the quota on, the board says how to free space. */
export const WARN_SHARE = 0.8;

const MIB = 1024 * 1024;

/** Megabytes in the quota's units: two decimals below 0.1 MB, so a few deals do not read 0.0. */
function megabytes(units: number): string {
  return (units / MIB).toFixed(units < MIB / 10 ? 2 : 1);
}

export function storageUseText(
  t: Pick<BoardStrings, 'storageUse' | 'storageFull'>,
  usage: StorageUsage,
): { use: string; percent: number; warning: string | null } {
  const share = usage.used / usage.quota;
  const percent = Math.floor(share * 100);
  return {
    use: fill(t.storageUse, { used: megabytes(usage.used), quota: megabytes(usage.quota), percent }),
    percent,
    warning: share >= WARN_SHARE ? fill(t.storageFull, { percent }) : null,
  };
}
