// The start-up guard must accept exactly what the valibot schema accepts. Random
// deals, valid and then damaged one value or key at a time, go through both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardDeal } from '../../src/deals/guard';
import { checkDeal } from '../../src/deals/schema';
import { dealArbitrary } from '../storage/deal-arbitrary';

type Path = readonly (string | number)[];

/** Every path into a JSON-like value (objects and arrays), the root included. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      out.push(...paths(child, [...at, Array.isArray(value) ? Number(key) : key]));
  return out;
}

/** A copy of `value` with the thing at `path` replaced (or, with `rename`, its key changed). */
function damage(value: unknown, path: Path, replacement: unknown, rename?: string): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (rename !== undefined && !Array.isArray(parent)) {
    const moved = parent[last];
    delete parent[last];
    parent[rename] = moved;
  } else parent[last] = replacement;
  return copy;
}

// Values near the edges of the rules: wrong types, bad numbers, lengths at and past limits.
const junk = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    '',
    'x',
    [],
    {},
    ['a', 1],
    { a: { b: 1 } },
    'x'.repeat(200),
    'x'.repeat(201),
    'x'.repeat(5000),
    'x'.repeat(5001),
    '2026-11-27T10:00:00.000Z',
    '2026-13-01T00:00:00Z',
    Array(201).fill('a'),
    Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, 1])),
  ),
  fc.jsonValue({ maxDepth: 3 }),
);
const badKey = fc.constantFrom(
  'Bad Id',
  'trailing-',
  'extra',
  '1abc',
  'a',
  'constructor',
  'prototype',
  'x'.repeat(65),
);

describe('the start-up guard agrees with the schema', () => {
  it('on valid deals', () => {
    fc.assert(
      fc.property(dealArbitrary, (deal) => {
        expect(guardDeal(deal)).toEqual(checkDeal(deal));
      }),
      { numRuns: 300 },
    );
  });

  it('on deals with one value replaced', () => {
    fc.assert(
      fc.property(dealArbitrary, fc.nat(), junk, (deal, pick, replacement) => {
        const all = paths(deal);
        const input = damage(deal, all[pick % all.length]!, replacement);
        const [guard, schema] = [guardDeal(input), checkDeal(input)];
        expect(guard.ok, JSON.stringify(input).slice(0, 300)).toBe(schema.ok);
      }),
      { numRuns: 2000 },
    );
  });

  it('on deals with one key renamed', () => {
    fc.assert(
      fc.property(dealArbitrary, fc.nat(), badKey, fc.boolean(), (deal, pick, key, topLevel) => {
        const keyed = paths(deal).filter(
          (p) => p.length > 0 && typeof p[p.length - 1] === 'string' && (!topLevel || p.length === 1),
        );
        const input = damage(deal, keyed[pick % keyed.length]!, undefined, key);
        expect(guardDeal(input).ok, JSON.stringify(input).slice(0, 300)).toBe(checkDeal(input).ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('on deals with one key added', () => {
    fc.assert(
      fc.property(dealArbitrary, fc.nat(), badKey, junk, (deal, pick, key, value) => {
        const objects = paths(deal).filter((p) => {
          const at = p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], deal);
          return at !== null && typeof at === 'object' && !Array.isArray(at);
        });
        const path = objects[pick % objects.length]!;
        const input = damage(deal, [...path, key], value);
        expect(guardDeal(input).ok, JSON.stringify(input).slice(0, 300)).toBe(checkDeal(input).ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the same field as the schema for a bad top-level field', () => {
    for (const field of ['id', 'name', 'customer', 'createdAt', 'updatedAt', 'answers', 'notes', 'rev']) {
      const input = { ...(fc.sample(dealArbitrary, 1)[0] as object), [field]: 1.5 };
      const guard = guardDeal(input);
      const schema = checkDeal(input);
      expect(guard.ok || schema.ok).toBe(false);
      if (!guard.ok && !schema.ok) expect(guard.path).toBe(schema.path);
    }
  });
});

it('the timestamp pattern is valibot’s own', async () => {
  const { ISO_TIMESTAMP_REGEX } = await import('valibot');
  const { ISO_TIMESTAMP_PATTERN } = await import('../../src/deals/constants');
  expect(ISO_TIMESTAMP_PATTERN.source).toBe(ISO_TIMESTAMP_REGEX.source);
  expect(ISO_TIMESTAMP_PATTERN.flags).toBe(ISO_TIMESTAMP_REGEX.flags);
});
