import { describe, expect, it } from 'vitest';
import { dealKey, META_KEY, QUARANTINE_PREFIX } from '../../src/storage/keys';
import { FakeStorage, ids, openTab } from './tabs';

/** Two saved deals, written through the workspace itself. */
function twoDeals(): FakeStorage {
  const fake = new FakeStorage();
  const ws = openTab(fake);
  ws.createDeal('Acme', 'Acme Ltd');
  ws.setAnswer('qualification', 'budget', 'approved');
  ws.createDeal('Globex', 'Globex');
  ws.destroy();
  return fake;
}

describe('fault: a stored value that cannot be read', () => {
  it.each([
    ['bad JSON', '{"version":1,"deal":{"id":"deal1",'],
    ['fails the schema', JSON.stringify({ version: 1, deal: { id: 'deal1', name: 42 } })],
    ['a __proto__ key', '{"version":1,"deal":{"id":"deal1","__proto__":{"x":1}}}'],
  ])('%s: moved aside, reported with its raw text, the other deal intact', (_label, broken) => {
    const fake = twoDeals();
    const deal2Before = fake.data.get(dealKey('deal2'));
    fake.put(dealKey('deal1'), broken);

    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('persistent');
    expect(ids(ws)).toEqual(['deal2']);
    expect(fake.data.get(dealKey('deal2'))).toBe(deal2Before);

    const problems = ws.$storageProblems.get();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.originalKey).toBe(dealKey('deal1'));
    expect(problem?.raw).toBe(broken);
    expect(problem?.backupKey?.startsWith(`${QUARANTINE_PREFIX}${dealKey('deal1')}:`)).toBe(true);
    // The raw text is kept in storage under the backup key, and the bad key is gone.
    expect(fake.data.get(problem?.backupKey ?? '')).toBe(broken);
    expect(fake.data.has(dealKey('deal1'))).toBe(false);
  });

  it('the backup is still offered on the next visit until the rep discards it', () => {
    const fake = twoDeals();
    fake.put(dealKey('deal1'), 'not json');
    openTab(fake).destroy();
    const again = openTab(fake);
    const [problem] = again.$storageProblems.get();
    expect(problem?.raw).toBe('not json');
    expect(problem?.originalKey).toBe(dealKey('deal1'));
    expect(problem?.foundAt).toMatch(/^2026-11-27T/);
    again.discardProblem(problem?.id ?? '');
    expect(again.$storageProblems.get()).toEqual([]);
    expect([...fake.data.keys()].some((k) => k.startsWith(QUARANTINE_PREFIX))).toBe(false);
    expect(openTab(fake).$storageProblems.get()).toEqual([]);
  });

  it('a corrupt meta key is backed up too and the deals still load', () => {
    const fake = twoDeals();
    fake.put(META_KEY, '{{{');
    const ws = openTab(fake);
    expect(ids(ws)).toEqual(['deal1', 'deal2']);
    expect(ws.$storageProblems.get()[0]?.raw).toBe('{{{');
    ws.setCurrentDeal('deal1');
    expect(JSON.parse(fake.data.get(META_KEY) ?? '')).toMatchObject({ version: 1, currentDealId: 'deal1' });
  });

  it('never overwrites unreadable data it could not back up', () => {
    const fake = twoDeals();
    fake.put(META_KEY, '{{{ corrupt');
    fake.quota = fake.used(); // no room for a backup copy
    const ws = openTab(fake);
    const [problem] = ws.$storageProblems.get();
    expect(problem).toMatchObject({ backupKey: null, originalKey: META_KEY, raw: '{{{ corrupt' });
    ws.setCurrentDeal('deal2'); // would write meta: refused, since the original cannot be backed up
    expect(fake.data.get(META_KEY)).toBe('{{{ corrupt');
  });

  it('data that became unreadable after load is backed up before this tab saves over it', () => {
    const fake = twoDeals();
    const ws = openTab(fake);
    ws.setCurrentDeal('deal1');
    fake.put(dealKey('deal1'), 'garbage written by something else');
    expect(ws.setNotes('still typing').ok).toBe(true);
    const backups = [...fake.data.entries()].filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
    expect(backups.map(([, v]) => v)).toEqual(['garbage written by something else']);
    expect(ws.$storageProblems.get()).toHaveLength(1);
  });
});
