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
function isTextList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > LIMITS.listItems) return false;
  for (const entry of value) if (!isText(entry)) return false;
  return true;
}
const allowedKey = (pattern: RegExp, key: string): boolean => pattern.test(key) && !FORBIDDEN_KEYS.has(key);

// Plain loops over Object.keys: every stored deal goes through here at start (500 deals, some
// 60,000 answers), and a path is built only for the value that fails.
function isAnswer(value: unknown): boolean {
  if (isScalar(value) || isTextList(value)) return true;
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length > LIMITS.fields) return false;
  for (const key of keys) {
    const field = value[key];
    if (!allowedKey(FIELD_NAME_PATTERN, key) || !(isScalar(field) || isTextList(field))) return false;
  }
  return true;
}

function answers(value: unknown): void {
  if (!isPlainObject(value)) throw new Bad('answers', 'Expected an object');
  for (const tool of Object.keys(value)) {
    const items = value[tool];
    if (!isToolId(tool)) throw new Bad(`answers.${tool}`, 'Unknown tool');
    if (!isPlainObject(items)) throw new Bad(`answers.${tool}`, 'Expected an object');
    for (const item of Object.keys(items)) {
      if (!allowedKey(ITEM_ID_PATTERN, item)) throw new Bad(`answers.${tool}.${item}`, 'Invalid item id');
      if (!isAnswer(items[item])) throw new Bad(`answers.${tool}.${item}`, 'Invalid answer');
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
const FIELD_NAMES = Object.keys(FIELDS) as (keyof Deal)[];

function check(input: unknown): asserts input is Deal {
  if (!isPlainObject(input)) throw new Bad('', 'Expected an object');
  for (const field of FIELD_NAMES) if (!FIELDS[field](input[field])) throw new Bad(field, `Invalid ${field}`);
  for (const key of Object.keys(input)) if (!Object.hasOwn(FIELDS, key)) throw new Bad(key, 'Unknown field');
}

/** Validate unknown input as a deal; on failure name the first bad field. */
export function guardDeal(input: unknown): DealCheck {
  try {
    check(input);
    return { ok: true, deal: input };
  } catch (error) {
    if (!(error instanceof Bad)) throw error;
    // Every key of a deal that passes is checked against its pattern and the forbidden keys, so
    // a forbidden key can only be in one that fails: looked for then, and named first.
    if (findForbiddenKey(input) !== null)
      return { ok: false, path: '', message: 'Keys such as __proto__ are not allowed' };
    return { ok: false, path: error.path, message: error.message };
  }
}
