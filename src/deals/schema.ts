// The one definition of a deal. It ships to the browser, hence valibot with
// namespace imports (tree-shaken to the few functions used here).
import * as v from 'valibot';
import { FORBIDDEN_KEYS, findForbiddenKey, isPlainObject } from './forbidden-keys';

import {
  DEAL_ID_PATTERN,
  FIELD_NAME_PATTERN,
  ISO_TIMESTAMP_PATTERN,
  ITEM_ID_PATTERN,
  LIMITS,
  TOOL_IDS,
} from './constants';

export {
  DEAL_ID_PATTERN,
  FIELD_NAME_PATTERN,
  ITEM_ID_PATTERN,
  LIMITS,
  TOOL_IDS,
  isToolId,
} from './constants';

const notForbidden = v.check((key: string) => !FORBIDDEN_KEYS.has(key), 'This key is not allowed');

// Arrays are objects too, and valibot's record would accept one (keys "0",
// "1"…): that is keying by position, so require a plain object first.
const plainObject = v.custom<Record<string, unknown>>(isPlainObject, 'Expected an object');

const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const scalar = v.union([text, v.pipe(v.number(), v.finite()), v.boolean(), v.null()]);
const textList = v.pipe(v.array(text), v.maxLength(LIMITS.listItems));

/** A structured item such as an event's {picked, evidence, owner, date, talkingPoint}. */
const fields = v.pipe(
  plainObject,
  v.record(v.pipe(v.string(), v.regex(FIELD_NAME_PATTERN), notForbidden), v.union([scalar, textList])),
  v.check((r) => Object.keys(r).length <= LIMITS.fields, `At most ${LIMITS.fields} fields`),
);

export const AnswerSchema = v.union([scalar, textList, fields]);
export const ToolIdSchema = v.picklist(TOOL_IDS);
export const ItemIdSchema = v.pipe(
  v.string(),
  v.regex(ITEM_ID_PATTERN, 'Item ids are lowercase words joined by "-"'),
  notForbidden,
);

const toolAnswers = v.pipe(plainObject, v.record(ItemIdSchema, AnswerSchema));
const isoTime = v.pipe(v.string(), v.regex(ISO_TIMESTAMP_PATTERN, 'Expected an ISO timestamp'));

export const DealSchema = v.pipe(
  // Runs on the raw input, before the object schema would drop the key.
  v.custom<unknown>((input) => findForbiddenKey(input) === null, 'Keys such as __proto__ are not allowed'),
  v.strictObject({
    // An id becomes an object key in the workspace map, so the same ban applies.
    id: v.pipe(v.string(), v.regex(DEAL_ID_PATTERN), notForbidden),
    name: v.pipe(v.string(), v.maxLength(LIMITS.name)),
    customer: v.pipe(v.string(), v.maxLength(LIMITS.customer)),
    createdAt: isoTime,
    updatedAt: isoTime,
    answers: v.pipe(plainObject, v.record(ToolIdSchema, toolAnswers)),
    notes: v.pipe(v.string(), v.maxLength(LIMITS.notes)),
    /** Bumped on every save; lets a tab notice that another tab saved. */
    rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
);

export type Deal = v.InferOutput<typeof DealSchema>;
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type ToolId = v.InferOutput<typeof ToolIdSchema>;
export type ToolAnswers = Deal['answers'];

export type DealCheck = { ok: true; deal: Deal } | { ok: false; path: string; message: string };

/** Validate unknown input as a deal; on failure name the first bad field. */
export function checkDeal(input: unknown): DealCheck {
  const result = v.safeParse(DealSchema, input);
  if (result.success) return { ok: true, deal: result.output };
  const issue = result.issues[0];
  return { ok: false, path: v.getDotPath(issue) ?? '', message: issue.message };
}
