import { describe, expect, it } from 'vitest';
import { dealKey } from '../../src/storage/keys';
import { FakeStorage, ids, openTab } from './tabs';

describe('fault: a deal deleted by mistake', () => {
  it('undo brings it back whole: same id, answers, notes, times, in memory and in storage', () => {
    const fake = new FakeStorage();
    const ws = openTab(fake);
    ws.createDeal('Acme', 'Acme Ltd');
    ws.setAnswer('events', 'kickoff', {
      picked: true,
      evidence: 'email',
      owner: 'CFO',
      date: '2027-01-10',
      talkingPoint: 'x',
    });
    ws.setAnswer('close', 'paper-process', ['legal', 'procurement']);
    ws.setNotes('notes');
    ws.createDeal('Globex', '');
    ws.setCurrentDeal('deal1');
    const original = ws.$deals.get()['deal1'];
    const storedBefore = fake.data.get(dealKey('deal1'));

    const deleted = ws.deleteDeal('deal1');
    expect(deleted).toEqual(original);
    expect(ids(ws)).toEqual(['deal2']);
    expect(ws.$currentDealId.get()).toBe('deal2');
    expect(fake.data.has(dealKey('deal1'))).toBe(false);
    expect(ws.$lastDeleted.get()).toEqual(original);

    expect(ws.undoDelete()).toEqual({ ok: true, dealId: 'deal1' });
    expect(ws.$deals.get()['deal1']).toEqual(original);
    expect(ws.$currentDealId.get()).toBe('deal1');
    expect(ws.$lastDeleted.get()).toBeNull();
    expect(fake.data.get(dealKey('deal1'))).toBe(storedBefore);
    expect(openTab(fake).$deals.get()['deal1']).toEqual(original);
  });

  it('undo with nothing deleted is refused', () => {
    const ws = openTab(new FakeStorage());
    expect(ws.undoDelete()).toMatchObject({ ok: false, reason: 'not-found' });
    expect(ws.deleteDeal('missing')).toBeNull();
  });
});
