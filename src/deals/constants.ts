// The deal's fixed vocabulary and limits, without the schema library: the
// browser's start-up code (guard.ts, storage) imports these, the schema too.
/**
 * The tool ids a deal may hold answers for: a vocabulary, not an order (alphabetical).
 * The stages' order, and which tool each stage has, is content/stages.json alone; this
 * list exists because TypeScript cannot read literal types from JSON, and
 * tests/deals/constants.test.ts checks that it names exactly the registry's tools.
 */
export const TOOL_IDS = [
  'close',
  'demo',
  'events',
  'implementation',
  'negotiation',
  'qualification',
  'validation',
] as const;

/** Checklist item ids: answers are keyed by id, never by position. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Deal ids: short random ids (see `newDealId`), kept URL- and key-safe. */
export const DEAL_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Field names inside a structured answer, e.g. `talkingPoint`. */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * An ISO 8601 timestamp such as 2026-11-27T10:00:00.000Z: valibot's own
 * ISO_TIMESTAMP_REGEX, kept here so start-up code does not import the library.
 */
export const ISO_TIMESTAMP_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

export const LIMITS = {
  name: 200,
  customer: 200,
  text: 5000,
  notes: 20000,
  listItems: 200,
  fields: 50,
} as const;

export type ToolId = (typeof TOOL_IDS)[number];

export function isToolId(value: string): value is ToolId {
  return (TOOL_IDS as readonly string[]).includes(value);
}
