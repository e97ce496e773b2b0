import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/storage-v1.json';
import { encodeDeal } from '../../src/storage/codec';
import { dealKey, STORAGE_VERSION } from '../../src/storage/keys';
import { migrate, MIGRATIONS, type Migration } from '../../src/storage/migrations';
import { FakeStorage, openTab } from './tabs';

// A format that never shipped, to exercise the mechanism: v0 kept answers in
// one flat list and called the customer "client".
const v0ToV1: Migration = {
  from: 0,
  name: 'v0 flat answers to per-tool records',
  deal(payload) {
    const old = payload as {
      id: string;
      title: string;
      client: string;
      at: string;
      items: { tool: string; id: string; value: unknown }[];
    };
    const answers: Record<string, Record<string, unknown>> = {};
    for (const item of old.items) (answers[item.tool] ??= {})[item.id] = item.value;
    return {
      id: old.id,
      name: old.title,
      customer: old.client,
      createdAt: old.at,
      updatedAt: old.at,
      answers,
      notes: '',
      rev: 0,
    };
  },
};

describe('migrations', () => {
  it('v1 is the first format: the shipped list is empty and the version is 1', () => {
    expect(STORAGE_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  it('runs the steps in order and reports a missing or failing step', () => {
    const add = (from: number, tag: string): Migration => ({
      from,
      name: tag,
      deal: (p) => [...(p as string[]), tag],
    });
    expect(migrate([], 0, 3, [add(2, 'c'), add(0, 'a'), add(1, 'b')])).toEqual({
      ok: true,
      payload: ['a', 'b', 'c'],
    });
    expect(migrate([], 0, 3, [add(0, 'a')])).toEqual({ ok: false, reason: 'No migration from version 1' });
    const boom: Migration = {
      from: 0,
      name: 'boom',
      deal: () => {
        throw new Error('bad');
      },
    };
    expect(migrate([], 0, 1, [boom])).toMatchObject({ ok: false });
    expect(migrate('same', 1, 1, [])).toEqual({ ok: true, payload: 'same' });
  });

  it('init migrates a stored v0 deal to the current format and saves it in the new format on the next edit', () => {
    const fake = new FakeStorage({
      [dealKey('old1')]: JSON.stringify({
        version: 0,
        deal: {
          id: 'old1',
          title: 'Legacy',
          client: 'Initech',
          at: '2026-01-01T00:00:00.000Z',
          items: [{ tool: 'demo', id: 'script', value: 'v0 script' }],
        },
      }),
    });
    const ws = openTab(fake, { migrations: [v0ToV1] });
    expect(ws.$deals.get()['old1']).toMatchObject({
      name: 'Legacy',
      customer: 'Initech',
      answers: { demo: { script: 'v0 script' } },
    });
    ws.setNotes('edited after migration');
    expect(JSON.parse(fake.data.get(dealKey('old1')) ?? '')).toMatchObject({
      version: 1,
      deal: { notes: 'edited after migration' },
    });
    // Without the migration the same record is unreadable, and kept aside rather than lost.
    const without = openTab(new FakeStorage({ [dealKey('old1')]: '{"version":0,"deal":{}}' }));
    expect(without.$storageProblems.get()).toHaveLength(1);
  });

  it('loads the saved v1 sample (tests/fixtures/storage-v1.json) through init', () => {
    const fake = new FakeStorage(fixture);
    const ws = openTab(fake);
    expect(ws.$storageMode.get()).toBe('persistent');
    expect(ws.$storageProblems.get()).toEqual([]);
    expect(Object.keys(ws.$deals.get()).sort()).toEqual(['b3n8t1p0zc', 'q7m2k9x4ab']);
    expect(ws.$currentDealId.get()).toBe('q7m2k9x4ab');
    expect(ws.$lastExportAt.get()).toBe('2026-11-21T09:00:00.000Z');
    const acme = ws.$currentDeal.get();
    expect(acme?.rev).toBe(17);
    expect(acme?.answers.events?.['contract-end']).toMatchObject({
      picked: true,
      owner: 'CFO Li Wei',
      date: '2027-01-31',
    });
    expect(acme?.notes).toContain('下周二跟进采购流程');
    // The sample is exactly what this version writes: re-encoding gives the same text.
    for (const deal of Object.values(ws.$deals.get()))
      expect(encodeDeal(deal)).toBe(fixture[`playbook:deal:${deal.id}` as keyof typeof fixture]);
    // Keys that are not ours are left alone.
    expect(fake.data.get('starlight-theme')).toBe('dark');
  });
});
