// Every localStorage key the site uses. One deal per key: two tabs editing
// different deals never overwrite each other, and a write is never half the workspace.
//
// Stored shape, version 1 (sample: tests/fixtures/storage-v1.json):
//   playbook:meta                     {"version":1,"currentDealId":id|null,"lastExportAt":ISO|null}
//   playbook:deal:<id>                {"version":1,"deal":Deal}   (src/deals/schema.ts)
//   playbook:quarantine:<key>:<ISO>   raw text of an unreadable value, kept for download
//   playbook:probe                    written and removed at start-up (can we write?)

/** Format version of what we store (meta and each deal record). Bump with a migration. */
export const STORAGE_VERSION = 1;

export const KEY_ROOT = 'playbook:';
export const META_KEY = 'playbook:meta';
export const DEAL_PREFIX = 'playbook:deal:';
export const QUARANTINE_PREFIX = 'playbook:quarantine:';
/** Written and removed once at start-up to learn whether writes work at all. */
export const PROBE_KEY = 'playbook:probe';

export const dealKey = (id: string): string => DEAL_PREFIX + id;

export const dealIdFromKey = (key: string): string | null =>
  key.startsWith(DEAL_PREFIX) ? key.slice(DEAL_PREFIX.length) : null;

/** Where an unreadable value is moved: original key plus time, so nothing collides. */
export const quarantineKey = (originalKey: string, at: Date): string =>
  `${QUARANTINE_PREFIX}${originalKey}:${at.toISOString()}`;

/** The original key and backup time inside a quarantine key (time null if unrecognised). */
export function parseQuarantineKey(key: string): { originalKey: string; at: string | null } {
  const rest = key.slice(QUARANTINE_PREFIX.length);
  const match = /:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/.exec(rest);
  return match?.[1]
    ? { originalKey: rest.slice(0, match.index), at: match[1] }
    : { originalKey: rest, at: null };
}
