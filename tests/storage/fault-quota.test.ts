import { describe, expect, it } from 'vitest';
import { dealKey } from '../../src/storage/keys';
import { FakeStorage, openTab } from './tabs';

describe('fault: storage full', () => {
  it('keeps the input in memory, leaves the stored deal unchanged, saves again once space is freed', () => {
    const fake = new FakeStorage();
    const ws = openTab(fake);
    ws.createDeal('Acme', 'Acme Ltd');
    ws.setAnswer('qualification', 'budget', 'short');
    const stored = fake.data.get(dealKey('deal1'));
    fake.quota = fake.used() + 10; // something else filled the origin's quota

    const long = 'the rep typed a long answer '.repeat(20);
    const result = ws.setAnswer('qualification', 'budget', long);
    expect(result).toMatchObject({ ok: false, reason: 'quota', dealId: 'deal1' });
    expect(ws.$saveStatus.get()).toMatchObject({ ok: false, reason: 'quota' });
    expect(ws.$currentDeal.get()?.answers.qualification?.['budget']).toBe(long); // still on screen
    expect(ws.$unsavedDealIds.get()).toEqual(['deal1']);
    expect(fake.data.get(dealKey('deal1'))).toBe(stored); // nothing half-written

    // A second failing edit is kept too.
    expect(ws.setNotes('and a note').ok).toBe(false);

    fake.quota = Number.POSITIVE_INFINITY; // the rep freed space
    expect(ws.setAnswer('qualification', 'timeline', 'Q1')).toEqual({ ok: true, dealId: 'deal1' });
    expect(ws.$saveStatus.get()).toEqual({ ok: true, dealId: 'deal1' });
    expect(ws.$unsavedDealIds.get()).toEqual([]);

    const reloaded = openTab(fake).$deals.get()['deal1'];
    expect(reloaded?.answers.qualification).toEqual({ budget: long, timeline: 'Q1' });
    expect(reloaded?.notes).toBe('and a note');
  });

  it('saveAll retries every unsaved deal after space is freed', () => {
    const fake = new FakeStorage();
    const ws = openTab(fake);
    ws.createDeal('Acme', '');
    fake.quota = fake.used();
    ws.setNotes('unsaved note');
    expect(ws.createDeal('Globex', '')).toMatchObject({ ok: false, reason: 'quota', dealId: 'deal2' });
    expect(ws.$currentDealId.get()).toBe('deal2'); // the new deal is open, in memory
    expect(ws.$unsavedDealIds.get()).toEqual(['deal1', 'deal2']);
    fake.quota = Number.POSITIVE_INFINITY;
    expect(ws.saveAll().every((r) => r.ok)).toBe(true);
    const reloaded = openTab(fake).$deals.get();
    expect(reloaded['deal1']?.notes).toBe('unsaved note');
    expect(reloaded['deal2']?.name).toBe('Globex');
  });

  it('a full storage at start-up is still persistent: reads work', () => {
    const fake = new FakeStorage();
    openTab(fake).createDeal('Acme', '');
    fake.quota = fake.used();
    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('persistent');
    expect(ws.$currentDeal.get()?.name).toBe('Acme');
  });
});
