// Pure helpers of the deal board: verdict names, file names, copy names and
// import counts. No DOM, no storage: unit-tested in tests/board/format.test.ts.
import { localDate } from '../shared/local-date';
import type { Deal } from '../deals/schema';
import { LIMITS } from '../deals/constants';
import { fill } from '../shared/fill';

/** The board string that names each qualification verdict. */
export const VERDICT_KEY = {
  pursue: 'verdictPursue',
  nurture: 'verdictNurture',
  'do-not-pursue': 'verdictDoNotPursue',
  incomplete: 'verdictIncomplete',
} as const;

/** A deal name made safe for a file name: no path or reserved characters, no spaces. */
export function fileNamePart(name: string): string {
  const safe = name
    // Reserved on Windows or macOS, control characters, and whitespace.
    .replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return Array.from(safe).slice(0, 60).join('') || 'deal';
}

/** `sales-playbook-deals-2026-11-27.json`, or with one deal's name when only that deal is exported. */
export function exportFileName(now: Date, dealName?: string): string {
  return dealName === undefined
    ? `sales-playbook-deals-${localDate(now)}.json`
    : `sales-playbook-deal-${fileNamePart(dealName)}-${localDate(now)}.json`;
}

/** The copy's name from a template such as "{name} (copy)", shortened to fit the name limit. */
export function copyNameFrom(template: string, name: string): string {
  const suffixLength = Array.from(fill(template, { name: '' })).length;
  const room = Math.max(0, LIMITS.name - suffixLength);
  return fill(template, { name: Array.from(name).slice(0, room).join('') });
}

export interface ImportCounts {
  added: number;
  replaced: number;
  kept: number;
}

/**
 * What an import does, given the deals it will write (`dealsToWrite`) and the
 * deals in the file: new ones are added, existing ones written are replaced,
 * and existing ones not written are kept as they are.
 */
export function importCounts(
  existing: Readonly<Record<string, Deal>>,
  fileDeals: readonly Pick<Deal, 'id'>[],
  written: readonly Pick<Deal, 'id'>[],
): ImportCounts {
  const writtenIds = new Set(written.map((d) => d.id));
  let added = 0;
  let replaced = 0;
  let kept = 0;
  for (const deal of fileDeals) {
    const exists = Object.hasOwn(existing, deal.id);
    if (!writtenIds.has(deal.id)) kept++;
    else if (exists) replaced++;
    else added++;
  }
  return { added, replaced, kept };
}
