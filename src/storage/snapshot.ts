// The read phase of init: look at every key we own without writing anything.
// Decisions (quarantine, read-only) are taken afterwards, once we know whether
// a newer version of the site has been here.
import type { Deal } from '../deals/schema';
import { decodeDeal, decodeMeta, EMPTY_META, type Meta } from './codec';
import { listKeys, type StorageLike } from './engine';
import { dealIdFromKey, META_KEY, QUARANTINE_PREFIX } from './keys';
import type { Migration } from './migrations';

export interface RawEntry {
  key: string;
  raw: string;
  reason: string;
}

export interface Snapshot {
  deals: Deal[];
  meta: Meta;
  /** Values we own but cannot read: to be moved aside. */
  unreadable: RawEntry[];
  /** Backups made in an earlier visit, still waiting for the rep. */
  quarantined: RawEntry[];
  /** A newer version of the site wrote here (meta or any deal). */
  newer: boolean;
}

export function readSnapshot(storage: StorageLike, migrations: readonly Migration[]): Snapshot {
  const snapshot: Snapshot = { deals: [], meta: EMPTY_META, unreadable: [], quarantined: [], newer: false };
  for (const key of listKeys(storage)) {
    const raw = storage.getItem(key);
    if (raw === null) continue;
    if (key === META_KEY) {
      const meta = decodeMeta(raw);
      if (meta.kind === 'ok') snapshot.meta = meta.value;
      else if (meta.kind === 'newer') snapshot.newer = true;
      else snapshot.unreadable.push({ key, raw, reason: meta.reason });
    } else if (key.startsWith(QUARANTINE_PREFIX)) {
      snapshot.quarantined.push({ key, raw, reason: 'kept from an earlier visit' });
    } else {
      const id = dealIdFromKey(key);
      if (id === null) continue;
      const deal = decodeDeal(raw, id, migrations);
      if (deal.kind === 'ok') snapshot.deals.push(deal.value);
      else if (deal.kind === 'newer') snapshot.newer = true;
      else snapshot.unreadable.push({ key, raw, reason: deal.reason });
    }
  }
  return snapshot;
}
