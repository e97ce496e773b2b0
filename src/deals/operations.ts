// Pure deal edits: each returns a new Deal and never touches storage.
// `rev` is left alone here; the storage layer bumps it when it saves.
import { newDealId } from './id';
import { FORBIDDEN_KEYS } from './forbidden-keys';
import { ITEM_ID_PATTERN, LIMITS } from './constants';
import type { Answer, Deal, ToolId } from './schema';

export function createDeal(name: string, customer: string, now: Date, id: string = newDealId()): Deal {
  const at = now.toISOString();
  return {
    id,
    name: name.trim(),
    customer: customer.trim(),
    createdAt: at,
    updatedAt: at,
    answers: {},
    notes: '',
    rev: 0,
  };
}

export function renameDeal(deal: Deal, changes: { name?: string; customer?: string }, now: Date): Deal {
  return {
    ...deal,
    name: changes.name === undefined ? deal.name : changes.name.trim(),
    customer: changes.customer === undefined ? deal.customer : changes.customer.trim(),
    updatedAt: now.toISOString(),
  };
}

/** Default name for a copy, kept within the name limit. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  return name.slice(0, LIMITS.name - suffix.length) + suffix;
}

export function duplicateDeal(deal: Deal, now: Date, options: { id?: string; name?: string } = {}): Deal {
  const at = now.toISOString();
  return {
    ...deal,
    id: options.id ?? newDealId(),
    name: options.name ?? copyName(deal.name),
    createdAt: at,
    updatedAt: at,
    // structuredClone: the copy must share no arrays or records with the original.
    answers: structuredClone(deal.answers),
    rev: 0,
  };
}

/** Set one item's answer; `undefined` clears it (and drops an emptied tool). */
export function setAnswer(
  deal: Deal,
  tool: ToolId,
  item: string,
  value: Answer | undefined,
  now: Date,
): Deal {
  // Checked here, not only by the schema: `items['__proto__'] = x` would set
  // the prototype instead of a key, and the answer would vanish silently.
  if (!ITEM_ID_PATTERN.test(item) || FORBIDDEN_KEYS.has(item))
    throw new RangeError(`Invalid item id: ${item}`);
  const items = { ...deal.answers[tool] };
  if (value === undefined) delete items[item];
  else items[item] = value;
  const answers = { ...deal.answers };
  if (Object.keys(items).length === 0) delete answers[tool];
  else answers[tool] = items;
  return { ...deal, answers, updatedAt: now.toISOString() };
}

export function setNotes(deal: Deal, notes: string, now: Date): Deal {
  return { ...deal, notes, updatedAt: now.toISOString() };
}
