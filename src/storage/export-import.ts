// Export and import files. Pure and separate, so a page loads it only when the
// rep exports or imports. Import refuses with a message naming the problem and
// changes nothing; applying it never overwrites a deal unless told to.
import { findForbiddenKey, isPlainObject } from '../deals/forbidden-keys';
import { checkDeal, type Deal } from '../deals/schema';
import { STORAGE_VERSION } from './keys';
import { migrate, MIGRATIONS, type Migration } from './migrations';

export const EXPORT_FORMAT = 'sales-playbook-deals';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  deals: Deal[];
}

export function exportDeals(deals: readonly Deal[] | Readonly<Record<string, Deal>>, now: Date): string {
  const list = Object.values(deals);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: STORAGE_VERSION,
    exportedAt: now.toISOString(),
    deals: list,
  };
  return JSON.stringify(file, null, 2);
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'forbidden-key'
  | 'invalid-deal'
  | 'duplicate-id';

export interface ImportError {
  code: ImportErrorCode;
  message: { en: string; zh: string };
}

export type ImportAction = 'add' | 'replace';
export interface ImportPlanEntry {
  id: string;
  name: string;
  action: ImportAction;
}

export type ParsedImport =
  { ok: true; deals: Deal[]; plan: ImportPlanEntry[] } | { ok: false; error: ImportError };

const refuse = (code: ImportErrorCode, en: string, zh: string): ParsedImport => ({
  ok: false,
  error: { code, message: { en, zh } },
});

/** UTF-8 size without allocating a copy of a possibly huge string. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function parseImport(
  text: string,
  knownVersion: number = STORAGE_VERSION,
  existing: Readonly<Record<string, Deal>> = {},
  migrations: readonly Migration[] = MIGRATIONS,
): ParsedImport {
  // Size first: never parse a huge file.
  if (text.length > MAX_IMPORT_BYTES || utf8Bytes(text) > MAX_IMPORT_BYTES) {
    return refuse('too-large', 'The file is larger than 5 MB.', '文件超过 5 MB。');
  }
  if (text.trim() === '') return refuse('empty', 'The file is empty.', '文件是空的。');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(
      'not-json',
      'The file is not JSON: it is not a deal export.',
      '文件不是 JSON 格式，不是商机导出文件。',
    );
  }
  // On the raw parse: JSON.parse makes `__proto__` an own key, and schemas skip it.
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null) {
    return refuse(
      'forbidden-key',
      `The file contains a forbidden key: ${forbidden}.`,
      `文件包含不允许的键：${forbidden}。`,
    );
  }
  if (!isPlainObject(data) || data['format'] !== EXPORT_FORMAT || !Array.isArray(data['deals'])) {
    return refuse(
      'wrong-format',
      'This is not a sales playbook deal export.',
      '这不是销售手册的商机导出文件。',
    );
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('wrong-format', 'The file has no valid version number.', '文件缺少有效的版本号。');
  }
  if (version > knownVersion) {
    return refuse(
      'newer-version',
      `The file was made by a newer version of the site (format ${version}; this page knows ${knownVersion}). Reload the page and try again.`,
      `文件由更新版本的网站导出（格式 ${version}，本页面支持 ${knownVersion}）。请刷新页面后重试。`,
    );
  }

  const deals: Deal[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of (data['deals'] as unknown[]).entries()) {
    const n = index + 1;
    const name = isPlainObject(raw) && typeof raw['name'] === 'string' ? raw['name'].slice(0, 60) : '';
    const en = name ? `Deal ${n} (“${name}”)` : `Deal ${n}`;
    const zh = name ? `第 ${n} 个商机（“${name}”）` : `第 ${n} 个商机`;
    const migrated = migrate(raw, version, knownVersion, migrations);
    if (!migrated.ok)
      return refuse(
        'invalid-deal',
        `${en} cannot be upgraded: ${migrated.reason}.`,
        `${zh}无法升级：${migrated.reason}。`,
      );
    const checked = checkDeal(migrated.payload);
    if (!checked.ok) {
      const field = checked.path || '(the deal itself)';
      return refuse(
        'invalid-deal',
        `${en}: field “${field}” is invalid (${checked.message}).`,
        `${zh}：字段“${field}”无效（${checked.message}）。`,
      );
    }
    if (seen.has(checked.deal.id)) {
      return refuse(
        'duplicate-id',
        `${en}: the id “${checked.deal.id}” appears twice in the file.`,
        `${zh}：编号“${checked.deal.id}”在文件中出现了两次。`,
      );
    }
    seen.add(checked.deal.id);
    deals.push(checked.deal);
  }

  const plan = deals.map((deal): ImportPlanEntry => ({
    id: deal.id,
    name: deal.name,
    action: Object.hasOwn(existing, deal.id) ? 'replace' : 'add',
  }));
  return { ok: true, deals, plan };
}

/** Per deal id, what the rep chose for a deal that already exists. Missing means keep ours. */
export type ImportChoices = Readonly<Record<string, 'replace' | 'skip'>>;

/** The workspace after the import. A deal that exists is only overwritten when its choice says replace. */
export function applyImport(
  existing: Readonly<Record<string, Deal>>,
  parsed: { deals: readonly Deal[] },
  choices: ImportChoices = {},
): Record<string, Deal> {
  const next: Record<string, Deal> = { ...existing };
  for (const deal of parsed.deals) {
    const choice = choices[deal.id];
    if (choice === 'skip') continue;
    if (Object.hasOwn(existing, deal.id) && choice !== 'replace') continue;
    next[deal.id] = deal;
  }
  return next;
}

/** The deals `applyImport` would write: what to pass to the workspace's `importDeals`. */
export function dealsToWrite(
  existing: Readonly<Record<string, Deal>>,
  parsed: { deals: readonly Deal[] },
  choices: ImportChoices = {},
): Deal[] {
  const next = applyImport(existing, parsed, choices);
  return parsed.deals.filter((deal) => next[deal.id] === deal);
}
