import { describe, expect, it } from 'vitest';
import { dealKey, META_KEY } from '../../src/storage/keys';
import { FakeStorage, openTab } from './tabs';

function savedByThisVersion(): FakeStorage {
  const fake = new FakeStorage();
  const ws = openTab(fake);
  ws.createDeal('Acme', 'Acme Ltd');
  ws.createDeal('Globex', '');
  ws.destroy();
  return fake;
}

describe('fault: data written by a newer version of the site', () => {
  it('newer meta version: read-only, asks for a reload, writes nothing at all', () => {
    const fake = savedByThisVersion();
    fake.put(
      META_KEY,
      JSON.stringify({ version: 2, currentDealId: 'deal1', lastExportAt: null, somethingNew: true }),
    );
    const before = fake.snapshot();
    const writes = fake.writes.length;

    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('read-only-newer');
    expect(ws.$needsReload.get()).toBe(true);
    expect(ws.createDeal('New', '')).toMatchObject({ ok: false, reason: 'read-only' });
    expect(ws.renameDeal('deal1', { name: 'x' })).toMatchObject({ ok: false, reason: 'read-only' });
    expect(ws.setAnswer('demo', 'script', 'x')).toMatchObject({ ok: false, reason: 'read-only' });
    expect(ws.deleteDeal('deal1')).toBeNull();
    expect(ws.markExported().ok).toBe(false);
    ws.setCurrentDeal('deal2');
    expect(fake.writes.length).toBe(writes); // not even the start-up probe
    expect(fake.snapshot()).toEqual(before);
  });

  it('one deal in a newer format: the same, and the readable deals are still shown', () => {
    const fake = savedByThisVersion();
    fake.put(dealKey('zzz'), JSON.stringify({ version: 7, deal: { id: 'zzz', shape: 'unknown' } }));
    fake.put(dealKey('bad'), 'not json'); // not moved aside either: that would be a write
    const before = fake.snapshot();
    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('read-only-newer');
    expect(Object.keys(ws.$deals.get()).sort()).toEqual(['deal1', 'deal2']);
    expect(ws.$storageProblems.get()).toMatchObject([
      { originalKey: dealKey('bad'), backupKey: null, raw: 'not json' },
    ]);
    expect(ws.setNotes('x').ok).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });

  it('a newer version saves in another tab while this one is open: this tab turns read-only', () => {
    const fake = savedByThisVersion();
    const ws = openTab(fake);
    const other = fake.tab();
    other.storage.setItem(dealKey('deal1'), JSON.stringify({ version: 2, deal: { id: 'deal1' } }));
    fake.deliver();
    expect(ws.$needsReload.get()).toBe(true);
    const stored = fake.data.get(dealKey('deal1'));
    expect(ws.renameDeal('deal1', { name: 'x' }).ok).toBe(false);
    expect(fake.data.get(dealKey('deal1'))).toBe(stored);
  });

  it('a save that finds a newer format under its key refuses and turns read-only', () => {
    const fake = savedByThisVersion();
    const ws = openTab(fake);
    const newer = JSON.stringify({ version: 2, deal: { id: 'deal1' } });
    fake.put(dealKey('deal1'), newer); // no event delivered yet
    expect(ws.renameDeal('deal1', { name: 'x' })).toMatchObject({ ok: false, reason: 'read-only' });
    expect(fake.data.get(dealKey('deal1'))).toBe(newer);
    expect(ws.$storageMode.get()).toBe('read-only-newer');
  });
});
