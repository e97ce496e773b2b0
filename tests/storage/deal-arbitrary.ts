// fast-check generator of valid deals, for property tests.
import fc from 'fast-check';
import type { Answer, Deal } from '../../src/deals/schema';
import { TOOL_IDS } from '../../src/deals/schema';

const notForbidden = (key: string): boolean => !['__proto__', 'constructor', 'prototype'].includes(key);
// 100 code points are at most 200 UTF-16 units: within every text limit used here.
const text = (max: number) =>
  fc.oneof(fc.string({ maxLength: max }), fc.string({ unit: 'binary', maxLength: Math.floor(max / 2) }));
// JSON has no -0; a stored -0 comes back as 0, which is the same answer.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const scalar = fc.oneof(text(200), number, fc.boolean(), fc.constant(null));
const list = fc.array(text(40), { maxLength: 5 });
const fieldName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/).filter(notForbidden);
const answer: fc.Arbitrary<Answer> = fc.oneof(
  scalar,
  list,
  fc.dictionary(fieldName, fc.oneof(scalar, list), { maxKeys: 5 }),
);
const itemId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).filter(notForbidden);
const time = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

export const dealArbitrary: fc.Arbitrary<Deal> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/).filter(notForbidden),
  name: text(200),
  customer: text(200),
  createdAt: time,
  updatedAt: time,
  answers: fc.dictionary(fc.constantFrom(...TOOL_IDS), fc.dictionary(itemId, answer, { maxKeys: 4 }), {
    maxKeys: 3,
  }),
  notes: text(2000),
  rev: fc.nat(),
});

export const dealListArbitrary = fc.uniqueArray(dealArbitrary, { selector: (d) => d.id, maxLength: 5 });
