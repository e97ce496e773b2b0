import { describe, expect, it } from 'vitest';
import { newDealId } from '../../src/deals/id';
import {
  copyName,
  createDeal,
  duplicateDeal,
  renameDeal,
  setAnswer,
  setNotes,
} from '../../src/deals/operations';
import { checkDeal } from '../../src/deals/schema';
import { sampleDeal } from './sample';

const t1 = new Date('2026-11-27T10:00:00.000Z');
const t2 = new Date('2026-11-27T11:00:00.000Z');

describe('deal operations', () => {
  it('creates a valid empty deal', () => {
    const deal = createDeal('  Globex pilot ', 'Globex', t1, 'abc123');
    expect(deal).toEqual({
      id: 'abc123',
      name: 'Globex pilot',
      customer: 'Globex',
      createdAt: t1.toISOString(),
      updatedAt: t1.toISOString(),
      answers: {},
      notes: '',
      rev: 0,
    });
    expect(checkDeal(deal).ok).toBe(true);
  });

  it('makes short random ids that differ', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newDealId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
    expect(checkDeal(createDeal('a', 'b', t1)).ok).toBe(true);
  });

  it('renames name and customer independently and stamps updatedAt', () => {
    const deal = sampleDeal();
    const renamed = renameDeal(deal, { name: 'Acme expansion' }, t2);
    expect(renamed.name).toBe('Acme expansion');
    expect(renamed.customer).toBe(deal.customer);
    expect(renamed.updatedAt).toBe(t2.toISOString());
    expect(renameDeal(deal, { customer: 'Acme Inc' }, t2).name).toBe(deal.name);
    expect(deal.name).toBe('Acme renewal'); // the input is not mutated
  });

  it('duplicates with a new id, "(copy)" name, fresh times and no shared objects', () => {
    const deal = sampleDeal();
    const copy = duplicateDeal(deal, t2, { id: 'copy1' });
    expect(copy).toMatchObject({
      id: 'copy1',
      name: 'Acme renewal (copy)',
      createdAt: t2.toISOString(),
      rev: 0,
    });
    expect(copy.answers).toEqual(deal.answers);
    expect(copy.answers.close?.['paper-process']).not.toBe(deal.answers.close?.['paper-process']);
    expect(duplicateDeal(deal, t2, { name: 'Custom' }).name).toBe('Custom');
    expect(duplicateDeal(deal, t2).id).not.toBe(deal.id);
    expect(copyName('x'.repeat(200))).toHaveLength(200);
  });

  it('sets, replaces and clears answers by item id', () => {
    const deal = createDeal('d', 'c', t1, 'd1');
    const a = setAnswer(deal, 'events', 'kickoff', { picked: true, owner: 'Ana' }, t2);
    expect(a.answers).toEqual({ events: { kickoff: { picked: true, owner: 'Ana' } } });
    expect(a.updatedAt).toBe(t2.toISOString());
    const b = setAnswer(a, 'events', 'renewal', 'yes', t2);
    expect(b.answers.events).toEqual({ kickoff: { picked: true, owner: 'Ana' }, renewal: 'yes' });
    const c = setAnswer(setAnswer(b, 'events', 'kickoff', undefined, t2), 'events', 'renewal', undefined, t2);
    expect(c.answers).toEqual({});
    expect(deal.answers).toEqual({});
  });

  it('refuses item ids that are not ids (and would vanish as __proto__)', () => {
    const deal = createDeal('d', 'c', t1, 'd1');
    expect(() => setAnswer(deal, 'demo', '__proto__', 'x', t2)).toThrow(RangeError);
    expect(() => setAnswer(deal, 'demo', 'constructor', 'x', t2)).toThrow(RangeError);
    expect(() => setAnswer(deal, 'demo', 'Item 1', 'x', t2)).toThrow(RangeError);
  });

  it('sets notes', () => {
    const deal = setNotes(createDeal('d', 'c', t1, 'd1'), 'call back', t2);
    expect(deal.notes).toBe('call back');
    expect(deal.updatedAt).toBe(t2.toISOString());
  });
});
