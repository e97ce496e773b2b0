import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDeal } from '../deals/sample';
import { checkDeal } from '../../src/deals/schema';
import {
  applyImport,
  dealsToWrite,
  EXPORT_FORMAT,
  exportDeals,
  MAX_IMPORT_BYTES,
  parseImport,
  type ParsedImport,
} from '../../src/storage/export-import';
import { dealListArbitrary } from './deal-arbitrary';

const now = new Date('2026-11-27T12:00:00.000Z');
const file = (body: Record<string, unknown>): string =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    deals: [sampleDeal()],
    ...body,
  });

function refusal(result: ParsedImport) {
  if (result.ok) throw new Error('expected the import to be refused');
  expect(result.error.message.en.length).toBeGreaterThan(0);
  expect(result.error.message.zh.length).toBeGreaterThan(0);
  return result.error;
}

describe('export', () => {
  it('writes a format marker, the version, the time and the deals', () => {
    const text = exportDeals({ [sampleDeal().id]: sampleDeal() }, now);
    expect(JSON.parse(text)).toEqual({
      format: 'sales-playbook-deals',
      version: 1,
      exportedAt: now.toISOString(),
      deals: [sampleDeal()],
    });
  });
});

describe('export then import', () => {
  it('gives back the same deals (property)', () => {
    fc.assert(
      fc.property(dealListArbitrary, (deals) => {
        for (const deal of deals) expect(checkDeal(deal).ok).toBe(true);
        const parsed = parseImport(exportDeals(deals, now));
        expect(parsed).toEqual({
          ok: true,
          deals,
          plan: deals.map((d) => ({ id: d.id, name: d.name, action: 'add' })),
        });
        const existing = Object.fromEntries(deals.map((d) => [d.id, d]));
        const again = parseImport(exportDeals(deals, now), 1, existing);
        expect(again.ok && again.plan.every((p) => p.action === 'replace')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('import refuses, naming the problem', () => {
  it.each([
    ['empty', ''],
    ['empty', '  \n\t '],
    ['not-json', '{"format": "sales-playbook-deals",'],
    ['not-json', 'Name,Customer\nAcme,Acme Ltd'],
    ['wrong-format', JSON.stringify({ format: 'something-else', version: 1, deals: [] })],
    ['wrong-format', JSON.stringify([sampleDeal()])],
    ['wrong-format', file({ version: '1' })],
    ['wrong-format', file({ deals: 'none' })],
    ['newer-version', file({ version: 2 })],
  ])('%s: %j', (code, text) => {
    expect(refusal(parseImport(text)).code).toBe(code);
  });

  it('a newer version says which version and asks for a reload', () => {
    const error = refusal(parseImport(file({ version: 3 })));
    expect(error.message.en).toMatch(/format 3.*knows 1.*Reload/);
    expect(error.message.zh).toContain('刷新');
  });

  it('invalid fields: says which deal and which field', () => {
    const good = sampleDeal({ id: 'ok1' });
    const bad = {
      ...sampleDeal({ id: 'bad1', name: 'Broken deal' }),
      answers: { events: { kickoff: { owner: 'CFO', date: { nested: true } } } },
    };
    const error = refusal(parseImport(file({ deals: [good, bad] })));
    expect(error.code).toBe('invalid-deal');
    expect(error.message.en).toContain('Deal 2 (“Broken deal”)');
    expect(error.message.en).toContain('answers.events.kickoff');
    expect(error.message.zh).toContain('第 2 个商机（“Broken deal”）');
    expect(refusal(parseImport(file({ deals: [{ ...good, rev: 'x' }] }))).message.en).toContain('“rev”');
  });

  it('a file over 5 MB, checked before parsing (also when multi-byte characters make it large)', () => {
    expect(refusal(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1))).code).toBe('too-large');
    const chinese = file({ deals: [sampleDeal({ notes: '中'.repeat(1_800_000) })] }); // < 5M chars, > 5 MB in UTF-8
    expect(chinese.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refusal(parseImport(chinese)).code).toBe('too-large');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'the key %s anywhere, including where a schema would drop it',
    (key) => {
      const deal = JSON.stringify(sampleDeal());
      const inDeal = `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"x","deals":[${deal.slice(0, -1)},"${key}":{"isAdmin":true}}]}`;
      expect(refusal(parseImport(inDeal)).code).toBe('forbidden-key');
      const atTop = `{"${key}":{"x":1},"format":"${EXPORT_FORMAT}","version":1,"deals":[]}`;
      const error = refusal(parseImport(atTop));
      expect(error.code).toBe('forbidden-key');
      expect(error.message.en).toContain(key);
    },
  );

  it('the same deal id twice in one file', () => {
    expect(refusal(parseImport(file({ deals: [sampleDeal(), sampleDeal()] }))).code).toBe('duplicate-id');
  });
});

describe('applying an import', () => {
  const ours = sampleDeal({ id: 'same', name: 'Ours' });
  const other = sampleDeal({ id: 'other', name: 'Untouched' });
  const theirs = sampleDeal({ id: 'same', name: 'Theirs' });
  const added = sampleDeal({ id: 'new1', name: 'New' });
  const existing = { same: ours, other };

  it('plans add for new ids and replace for ids that exist', () => {
    const parsed = parseImport(exportDeals([theirs, added], now), 1, existing);
    expect(parsed.ok && parsed.plan).toEqual([
      { id: 'same', name: 'Theirs', action: 'replace' },
      { id: 'new1', name: 'New', action: 'add' },
    ]);
  });

  it('never overwrites a deal unless the choice says replace', () => {
    expect(applyImport(existing, { deals: [theirs, added] })).toEqual({ same: ours, other, new1: added });
    expect(applyImport(existing, { deals: [theirs, added] }, { same: 'skip' })).toEqual({
      same: ours,
      other,
      new1: added,
    });
    expect(applyImport(existing, { deals: [theirs, added] }, { same: 'replace', new1: 'skip' })).toEqual({
      same: theirs,
      other,
    });
    expect(existing).toEqual({ same: ours, other }); // input unchanged
    expect(dealsToWrite(existing, { deals: [theirs, added] }, { same: 'replace' })).toEqual([theirs, added]);
    expect(dealsToWrite(existing, { deals: [theirs, added] })).toEqual([added]);
  });
});
