import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/storage';
import { DEAL_PREFIX, META_KEY } from '../../src/storage/keys';
import { FakeStorage, ids, openTab } from './tabs';

describe('workspace actions', () => {
  it('reads nothing before init, and refuses edits until then', () => {
    const ws = createWorkspace();
    expect(ws.$storageMode.get()).toBe('loading');
    expect(ws.createDeal('a', 'b')).toMatchObject({ ok: false, reason: 'not-ready' });
    expect(ws.$deals.get()).toEqual({});
  });

  it('without a browser (Node, as during the Astro build) init works in memory', () => {
    const ws = createWorkspace();
    expect(ws.init()).toBe('memory');
    expect(ws.createDeal('a', 'b').ok).toBe(true);
  });

  it('creates, edits and saves each deal under its own key; a reload gets it back', () => {
    const fake = new FakeStorage();
    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('persistent');
    expect(ws.createDeal('Acme', 'Acme Ltd')).toEqual({ ok: true, dealId: 'deal1' });
    expect(ws.$currentDealId.get()).toBe('deal1');
    expect(ws.setAnswer('qualification', 'budget', 'yes').ok).toBe(true);
    expect(ws.setNotes('call Tuesday').ok).toBe(true);
    expect(ws.renameDeal('deal1', { customer: 'Acme Inc' }).ok).toBe(true);
    expect(Object.keys(fake.snapshot()).sort()).toEqual([`${DEAL_PREFIX}deal1`, META_KEY]);

    const saved = ws.$currentDeal.get();
    expect(saved).toMatchObject({
      name: 'Acme',
      customer: 'Acme Inc',
      notes: 'call Tuesday',
      answers: { qualification: { budget: 'yes' } },
    });
    expect(saved?.rev).toBe(4); // four saves: create, answer, notes, rename

    const reloaded = openTab(fake);
    expect(reloaded.$deals.get()).toEqual({ deal1: saved });
    expect(reloaded.$currentDealId.get()).toBe('deal1');
  });

  it('duplicates and switches the current deal, remembered across a reload', () => {
    const fake = new FakeStorage();
    const ws = openTab(fake);
    ws.createDeal('Acme', 'Acme Ltd');
    ws.setAnswer('demo', 'script', 'v1');
    expect(ws.duplicateDeal('deal1')).toEqual({ ok: true, dealId: 'deal2' });
    expect(ws.$deals.get()['deal2']).toMatchObject({
      name: 'Acme (copy)',
      answers: { demo: { script: 'v1' } },
    });
    expect(ws.setCurrentDeal('deal2').ok).toBe(true);
    expect(ws.setCurrentDeal('nope')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(ws.setCurrentDeal('constructor')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(ws.renameDeal('toString', { name: 'x' })).toMatchObject({ ok: false, reason: 'not-found' });
    expect(openTab(fake).$currentDealId.get()).toBe('deal2');
  });

  it('refuses invalid edits without changing the deal', () => {
    const ws = openTab(new FakeStorage());
    ws.createDeal('Acme', '');
    const before = ws.$currentDeal.get();
    expect(ws.renameDeal('deal1', { name: 'x'.repeat(300) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(ws.setAnswer('demo', '__proto__', 'x')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(ws.$currentDeal.get()).toBe(before);
    expect(ws.setAnswer('demo', 'x', 'y')).toMatchObject({ ok: true });
    expect(ids(ws)).toEqual(['deal1']);
  });

  it('records the last export for the reminder, across a reload', () => {
    const fake = new FakeStorage();
    const ws = openTab(fake);
    expect(ws.$lastExportAt.get()).toBeNull();
    ws.markExported(new Date('2026-11-27T12:00:00.000Z'));
    expect(openTab(fake).$lastExportAt.get()).toBe('2026-11-27T12:00:00.000Z');
  });
});

describe('importing into the workspace', () => {
  it('writes the chosen deals; a replaced deal gets a higher rev so other tabs take it', async () => {
    const { dealsToWrite, exportDeals, parseImport } = await import('../../src/storage/export-import');
    const fake = new FakeStorage();
    const ws = openTab(fake);
    ws.createDeal('Ours', '');
    ws.setNotes('ours');
    const theirs = { ...ws.$deals.get()['deal1']!, name: 'Theirs', notes: 'from file', rev: 0 };
    const text = exportDeals([theirs, { ...theirs, id: 'filedeal', name: 'Added' }], new Date());
    const parsed = parseImport(text, 1, ws.$deals.get());
    if (!parsed.ok) throw new Error(parsed.error.message.en);

    const results = ws.importDeals(dealsToWrite(ws.$deals.get(), parsed, { deal1: 'replace' }));
    expect(results.every((r) => r.ok)).toBe(true);
    const reloaded = openTab(fake).$deals.get();
    expect(reloaded['deal1']).toMatchObject({ name: 'Theirs', notes: 'from file', rev: 3 });
    expect(reloaded['filedeal']?.name).toBe('Added');
  });

  it('after clearing storage, an import brings everything back and opens a deal', async () => {
    const { exportDeals, parseImport } = await import('../../src/storage/export-import');
    const fake = new FakeStorage();
    const ws = openTab(fake);
    ws.createDeal('Acme', 'Acme Ltd');
    ws.setAnswer('events', 'kickoff', { picked: true });
    ws.createDeal('Globex', '');
    const before = ws.$deals.get();
    const text = exportDeals(before, new Date());
    fake.data.clear();
    const fresh = openTab(fake);
    expect(fresh.$deals.get()).toEqual({});
    const parsed = parseImport(text, 1, fresh.$deals.get());
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    fresh.importDeals(parsed.deals);
    expect(fresh.$currentDealId.get()).not.toBeNull();
    expect(openTab(fake).$deals.get()).toEqual(before);
  });
});
