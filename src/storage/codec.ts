// Reading and writing stored records. Decoding never throws: a value we cannot
// read is reported as such, so the caller can back it up instead of losing it.
import { isPlainObject } from '../deals/forbidden-keys';
import { DEAL_ID_PATTERN, ISO_TIMESTAMP_PATTERN } from '../deals/constants';
import { guardDeal } from '../deals/guard';
import type { Deal } from '../deals/schema';
import { STORAGE_VERSION } from './keys';
import { migrate, MIGRATIONS, type Migration } from './migrations';

export type Read<T> =
  { kind: 'ok'; value: T } | { kind: 'unreadable'; reason: string } | { kind: 'newer'; version: number };

export interface Meta {
  version: number;
  currentDealId: string | null;
  lastExportAt: string | null;
}

export const EMPTY_META: Meta = { version: STORAGE_VERSION, currentDealId: null, lastExportAt: null };

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function versionOf(value: unknown): number | null {
  if (!isPlainObject(value)) return null;
  const version = value['version'];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** A deal record is `{ version, deal }`; the version travels with each deal. */
export function encodeDeal(deal: Deal): string {
  return JSON.stringify({ version: STORAGE_VERSION, deal });
}

export function decodeDeal(
  raw: string,
  expectedId: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Read<Deal> {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { kind: 'unreadable', reason: 'not-json' };
  const version = versionOf(parsed.value);
  if (version === null || !isPlainObject(parsed.value)) return { kind: 'unreadable', reason: 'no-version' };
  if (version > STORAGE_VERSION) return { kind: 'newer', version };
  const migrated = migrate(parsed.value['deal'], version, STORAGE_VERSION, migrations);
  if (!migrated.ok) return { kind: 'unreadable', reason: migrated.reason };
  const checked = guardDeal(migrated.payload);
  if (!checked.ok) return { kind: 'unreadable', reason: `invalid ${checked.path}: ${checked.message}` };
  if (checked.deal.id !== expectedId) return { kind: 'unreadable', reason: 'id does not match its key' };
  return { kind: 'ok', value: checked.deal };
}

/** Null, or a string the pattern accepts. */
const nullOr = (pattern: RegExp, value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && pattern.test(value));

export function encodeMeta(meta: Meta): string {
  return JSON.stringify({ ...meta, version: STORAGE_VERSION });
}

export function decodeMeta(raw: string): Read<Meta> {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { kind: 'unreadable', reason: 'not-json' };
  const version = versionOf(parsed.value);
  if (version === null) return { kind: 'unreadable', reason: 'no-version' };
  if (version > STORAGE_VERSION) return { kind: 'newer', version };
  const { currentDealId, lastExportAt } = parsed.value as Record<string, unknown>;
  if (!nullOr(DEAL_ID_PATTERN, currentDealId) || !nullOr(ISO_TIMESTAMP_PATTERN, lastExportAt))
    return { kind: 'unreadable', reason: 'invalid fields' };
  return { kind: 'ok', value: { version: STORAGE_VERSION, currentDealId, lastExportAt } };
}
