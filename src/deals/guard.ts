// The deal check the browser runs on every read and every save. It accepts
// exactly what DealSchema (schema.ts, valibot) accepts, written out by hand so
// a tool page does not load the schema library at start (page-weight budget).
// schema.ts stays the reference: import, shared links and the build use it,
// and tests/deals/guard.test.ts checks the two agree on generated input.
import { FORBIDDEN_KEYS, findForbiddenKey, isPlainObject } from './forbidden-keys';
import {
  DEAL_ID_PATTERN,
  FIELD_NAME_PATTERN,
  isToolId,
  ISO_TIMESTAMP_PATTERN,
  ITEM_ID_PATTERN,
  LIMITS,
} from './constants';
import type { Deal, DealCheck } from './schema';

/** A failure: the dot path of the bad value and what is wrong with it. */
class Bad extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= LIMITS.text;
const isScalar = (value: unknown): boolean =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  isText(value);
const isTextList = (value: unknown): boolean =>
  Array.isArray(value) && value.length <= LIMITS.listItems && value.every(isText);
const allowedKey = (pattern: RegExp, key: string): boolean => pattern.test(key) && !FORBIDDEN_KEYS.has(key);

function isAnswer(value: unknown): boolean {
  if (isScalar(value) || isTextList(value)) return true;
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length <= LIMITS.fields &&
    keys.every(
      (key) => allowedKey(FIELD_NAME_PATTERN, key) && (isScalar(value[key]) || isTextList(value[key])),
    )
  );
}

function answers(value: unknown): void {
  if (!isPlainObject(value)) throw new Bad('answers', 'Expected an object');
  for (const [tool, items] of Object.entries(value)) {
    const path = `answers.${tool}`;
    if (!isToolId(tool)) throw new Bad(path, 'Unknown tool');
    if (!isPlainObject(items)) throw new Bad(path, 'Expected an object');
    for (const [item, answer] of Object.entries(items)) {
      if (!allowedKey(ITEM_ID_PATTERN, item)) throw new Bad(`${path}.${item}`, 'Invalid item id');
      if (!isAnswer(answer)) throw new Bad(`${path}.${item}`, 'Invalid answer');
    }
  }
}

const text = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const time = (value: unknown) => typeof value === 'string' && ISO_TIMESTAMP_PATTERN.test(value);

/** Each field of a deal and its rule, in the schema's order. */
const FIELDS: Record<keyof Deal, (value: unknown) => boolean> = {
  id: (value) => typeof value === 'string' && allowedKey(DEAL_ID_PATTERN, value),
  name: text(LIMITS.name),
  customer: text(LIMITS.customer),
  createdAt: time,
  updatedAt: time,
  answers: (value) => (answers(value), true),
  notes: text(LIMITS.notes),
  rev: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0,
};

/** Validate unknown input as a deal; on failure name the first bad field. */
export function guardDeal(input: unknown): DealCheck {
  try {
    if (findForbiddenKey(input) !== null) throw new Bad('', 'Keys such as __proto__ are not allowed');
    if (!isPlainObject(input)) throw new Bad('', 'Expected an object');
    for (const [field, valid] of Object.entries(FIELDS)) {
      if (!valid(input[field])) throw new Bad(field, `Invalid ${field}`);
    }
    const extra = Object.keys(input).find((key) => !Object.hasOwn(FIELDS, key));
    if (extra !== undefined) throw new Bad(extra, 'Unknown field');
    return { ok: true, deal: input as unknown as Deal };
  } catch (error) {
    if (error instanceof Bad) return { ok: false, path: error.path, message: error.message };
    throw error;
  }
}
