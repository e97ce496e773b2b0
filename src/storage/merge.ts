// Three-way merge of one deal, per item: what this tab changed since it last
// read or wrote the deal wins for those items; everything else comes from the
// other tab's newer save. Neither tab's edits are dropped.
import type { Answer, Deal, ToolId } from '../deals/schema';

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export interface MergeResult {
  deal: Deal;
  /** "tool.item" or field names where both tabs changed the value; this tab's value was kept. */
  overridden: string[];
}

type Answers = Deal['answers'];
const get = (answers: Answers, tool: ToolId, item: string): Answer | undefined => answers[tool]?.[item];

export function mergeDeal(base: Deal | null, local: Deal, remote: Deal): MergeResult {
  const overridden: string[] = [];
  const pick = <T>(path: string, b: T | undefined, l: T | undefined, r: T | undefined): T | undefined => {
    if (base === null) {
      // A deal this tab never read from storage: every local value is a local change.
      if (l === undefined) return r;
      if (r !== undefined && !deepEqual(r, l)) overridden.push(path);
      return l;
    }
    if (deepEqual(l, b)) return r;
    if (!deepEqual(r, b) && !deepEqual(r, l)) overridden.push(path);
    return l;
  };

  const answers: Answers = {};
  const tools = new Set<ToolId>([
    ...(Object.keys(base?.answers ?? {}) as ToolId[]),
    ...(Object.keys(local.answers) as ToolId[]),
    ...(Object.keys(remote.answers) as ToolId[]),
  ]);
  for (const tool of tools) {
    const items = new Set([
      ...Object.keys(base?.answers[tool] ?? {}),
      ...Object.keys(local.answers[tool] ?? {}),
      ...Object.keys(remote.answers[tool] ?? {}),
    ]);
    const merged: Record<string, Answer> = {};
    for (const item of items) {
      const value = pick(
        `${tool}.${item}`,
        base === null ? undefined : get(base.answers, tool, item),
        get(local.answers, tool, item),
        get(remote.answers, tool, item),
      );
      if (value !== undefined) merged[item] = value;
    }
    if (Object.keys(merged).length > 0) answers[tool] = merged;
  }

  const field = (name: 'name' | 'customer' | 'notes'): string =>
    pick(name, base?.[name], local[name], remote[name]) ?? local[name];

  return {
    deal: {
      ...remote,
      name: field('name'),
      customer: field('customer'),
      notes: field('notes'),
      answers,
      updatedAt: local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt,
    },
    overridden,
  };
}
