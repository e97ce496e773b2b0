import { describe, expect, it } from 'vitest';
import { FakeStorage, ids, openTab } from './tabs';

/** One deal "deal1" saved, then two tabs open on it. */
function twoTabsOnOneDeal() {
  const fake = new FakeStorage();
  const setup = openTab(fake);
  setup.createDeal('Acme', 'Acme Ltd');
  setup.setAnswer('qualification', 'budget', 'approved');
  setup.destroy();
  const a = openTab(fake, { idPrefix: 'a' });
  const b = openTab(fake, { idPrefix: 'b' });
  return { fake, a, b };
}

describe('fault: two tabs', () => {
  it('editing different deals: both edits survive a reload', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    b.createDeal('Globex', 'Globex');
    fake.deliver();
    a.setAnswer('qualification', 'timeline', 'Q1');
    b.setAnswer('events', 'kickoff', { picked: true, owner: 'Ana' });
    fake.deliver();

    const reloaded = openTab(fake);
    expect(ids(reloaded)).toEqual(['b1', 'deal1']);
    expect(reloaded.$deals.get()['deal1']?.answers.qualification).toEqual({
      budget: 'approved',
      timeline: 'Q1',
    });
    expect(reloaded.$deals.get()['b1']?.answers.events).toEqual({ kickoff: { picked: true, owner: 'Ana' } });
    // Each tab also sees the other's deal live.
    expect(ids(a)).toEqual(['b1', 'deal1']);
  });

  it('same deal, the event arrives before the next edit: the other tab adopts it, no notice', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    a.setAnswer('qualification', 'timeline', 'Q1');
    fake.deliver();
    expect(b.$currentDeal.get()?.answers.qualification?.['timeline']).toBe('Q1');
    b.setAnswer('qualification', 'champion', 'Ana');
    fake.deliver();
    expect(a.$currentDeal.get()?.answers.qualification).toEqual({
      budget: 'approved',
      timeline: 'Q1',
      champion: 'Ana',
    });
    expect(a.$notices.get()).toEqual([]);
    expect(b.$notices.get()).toEqual([]);
  });

  it('same deal, both save before either hears of the other: merged per item, neither edit lost', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    a.setAnswer('qualification', 'timeline', 'Q1');
    a.setNotes('from tab A');
    b.setAnswer('qualification', 'champion', 'Ana');
    b.setAnswer('qualification', 'budget', 'cut to 80k'); // B changed an item A did not touch
    fake.deliver();

    const expected = { budget: 'cut to 80k', timeline: 'Q1', champion: 'Ana' };
    expect(b.$currentDeal.get()?.answers.qualification).toEqual(expected);
    expect(b.$currentDeal.get()?.notes).toBe('from tab A');
    expect(a.$currentDeal.get()?.answers.qualification).toEqual(expected);
    expect(a.$currentDeal.get()?.notes).toBe('from tab A');
    expect(b.$notices.get()).toMatchObject([{ kind: 'conflict-merged', dealId: 'deal1' }]);
    expect(openTab(fake).$deals.get()['deal1']).toEqual(a.$currentDeal.get());
  });

  it('same item changed in both tabs: the tab that saves later keeps its value, the notice names the item', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    a.setAnswer('qualification', 'budget', 'A says 100k');
    b.setAnswer('qualification', 'budget', 'B says 90k');
    fake.deliver();
    expect(b.$notices.get()).toMatchObject([
      { kind: 'conflict-merged', overridden: ['qualification.budget'] },
    ]);
    expect(a.$currentDeal.get()?.answers.qualification?.['budget']).toBe('B says 90k');
  });

  it('this tab has unsaved edits (storage was full) when the other tab saves: merged, then saved', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    const quota = fake.quota;
    fake.quota = fake.used();
    expect(b.setAnswer('qualification', 'champion', 'Ana')).toMatchObject({ ok: false, reason: 'quota' });
    fake.quota = quota;
    a.setAnswer('qualification', 'timeline', 'Q1');
    fake.deliver();
    expect(b.$notices.get()).toMatchObject([{ kind: 'conflict-merged', dealId: 'deal1' }]);
    const expected = { budget: 'approved', timeline: 'Q1', champion: 'Ana' };
    expect(b.$currentDeal.get()?.answers.qualification).toEqual(expected);
    expect(a.$currentDeal.get()?.answers.qualification).toEqual(expected);
    expect(openTab(fake).$deals.get()['deal1']?.answers.qualification).toEqual(expected);
  });

  it('a deal deleted in another tab disappears here, unless this tab has unsaved edits to it', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    a.deleteDeal('deal1');
    fake.deliver();
    expect(ids(b)).toEqual([]);
    expect(b.$currentDealId.get()).toBeNull();

    const second = twoTabsOnOneDeal();
    const quota = second.fake.quota;
    second.fake.quota = second.fake.used();
    second.b.setNotes('unsaved in B');
    second.fake.quota = quota;
    second.a.deleteDeal('deal1');
    second.fake.deliver();
    expect(second.b.$notices.get()).toMatchObject([{ kind: 'deleted-elsewhere-kept', dealId: 'deal1' }]);
    expect(openTab(second.fake).$deals.get()['deal1']?.notes).toBe('unsaved in B');
  });

  it('events missed (page restored from the back/forward cache): resync catches up', () => {
    const { fake, a, b } = twoTabsOnOneDeal();
    b.setAnswer('qualification', 'timeline', 'Q1');
    b.createDeal('Globex', '');
    fake.deliver();
    const c = openTab(fake, { idPrefix: 'c' });
    a.destroy(); // a is "frozen": it hears nothing from here on
    c.setAnswer('qualification', 'champion', 'Ana');
    expect(c.deleteDeal('deal1')).not.toBeNull();
    c.undoDelete();
    c.deleteDeal('b1');
    a.resync();
    expect(ids(a)).toEqual(['deal1']);
    expect(a.$currentDeal.get()?.answers.qualification).toEqual({ budget: 'approved', timeline: 'Q1' });
  });
});
