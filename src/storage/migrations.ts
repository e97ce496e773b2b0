// Migrations: pure functions, one per version step, in order. Each takes the
// stored deal payload of version `from` and returns the payload of `from + 1`.
// The result is validated against the current schema after the last step.
import { STORAGE_VERSION } from './keys';

export interface Migration {
  from: number;
  /** Short description, shown when a step fails. */
  name: string;
  deal: (payload: unknown) => unknown;
}

/**
 * v1 is the first stored format, so there is nothing to migrate yet. The next
 * format change adds `{ from: 1, name, deal }` here, bumps STORAGE_VERSION and
 * adds a test loading tests/fixtures/storage-v1.json through it.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult = { ok: true; payload: unknown } | { ok: false; reason: string };

export function migrate(
  payload: unknown,
  from: number,
  to: number = STORAGE_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  let current = payload;
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: `No migration from version ${version}` };
    try {
      current = step.deal(current);
    } catch (error) {
      return { ok: false, reason: `Migration "${step.name}" failed: ${String(error)}` };
    }
  }
  return { ok: true, payload: current };
}
