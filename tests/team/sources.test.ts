import { describe, expect, it } from 'vitest';
import { packDeal } from '../../src/share/pack';
import { exportDeals, MAX_IMPORT_BYTES } from '../../src/storage/export-import';
import { STORAGE_VERSION } from '../../src/storage/keys';
import { dedupeDeals } from '../../src/team/dedupe';
import { combineSources, parseSource, splitLinks } from '../../src/team/sources';
import { sampleDeal } from '../deals/sample';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const deal = (id: string, name: string, updatedAt = '2026-11-21T09:30:00.000Z') =>
  sampleDeal({ id, name, updatedAt });

async function link(d: ReturnType<typeof deal>): Promise<string> {
  const packed = await packDeal(d);
  if (!packed.ok) throw new Error('too large');
  return `https://playbook.example.com/deals/#${packed.fragment}`;
}

describe('team sources', () => {
  it('reads export files of one or all deals and share links', async () => {
    const one = await parseSource({
      kind: 'file',
      name: 'one.json',
      text: exportDeals([deal('a1', 'A')], NOW),
    });
    const all = await parseSource({
      kind: 'file',
      name: 'all.json',
      text: exportDeals([deal('b1', 'B'), deal('c1', 'C')], NOW),
    });
    const shared = await parseSource({ kind: 'link', name: 'link 1', text: await link(deal('d1', 'D')) });
    expect([one, all, shared].map((s) => [s.name, s.deals.map((d) => d.id), s.problem])).toEqual([
      ['one.json', ['a1'], null],
      ['all.json', ['b1', 'c1'], null],
      ['link 1', ['d1'], null],
    ]);
  });

  it('names the problem of a damaged, newer, oversized or wrong file and of a bad link', async () => {
    const damaged = await parseSource({
      kind: 'file',
      name: 'bad.json',
      text: '{"format": "sales-playbook-de',
    });
    const newer = await parseSource({
      kind: 'file',
      name: 'new.json',
      text: JSON.stringify({
        format: 'sales-playbook-deals',
        version: STORAGE_VERSION + 1,
        exportedAt: '',
        deals: [],
      }),
    });
    const huge = await parseSource({
      kind: 'file',
      name: 'big.json',
      text: ' '.repeat(MAX_IMPORT_BYTES + 1),
    });
    const notLink = await parseSource({ kind: 'link', name: 'x', text: 'https://example.com/page' });
    const cut = await parseSource({
      kind: 'link',
      name: 'y',
      text: (await link(deal('d1', 'D'))).slice(0, -12),
    });
    const future = await parseSource({ kind: 'link', name: 'z', text: '#share=v9.abc' });
    expect(damaged.problem?.en).toMatch(/not JSON/);
    expect(newer.problem?.en).toMatch(/newer version/);
    expect(huge.problem?.en).toMatch(/larger than 5 MB/);
    expect(notLink.problem?.en).toMatch(/not a deal share link/);
    expect(cut.problem?.en).toMatch(/damaged/);
    expect(future.problem?.zh).toMatch(/更新版本/);
    for (const source of [damaged, newer, huge, notLink, cut, future]) expect(source.deals).toEqual([]);
  });

  it('splits pasted links on lines and spaces', () => {
    expect(splitLinks(' https://a/#share=v1.x\n\nhttps://b/#share=v1.y  https://c/#share=v1.z ')).toEqual([
      'https://a/#share=v1.x',
      'https://b/#share=v1.y',
      'https://c/#share=v1.z',
    ]);
  });
});

describe('dedupe', () => {
  it('keeps the most recently changed copy of a deal loaded twice and says which was left out', () => {
    const old = deal('same', 'Old', '2026-11-20T00:00:00.000Z');
    const recent = deal('same', 'Recent', '2026-11-25T00:00:00.000Z');
    const middle = deal('same', 'Middle', '2026-11-22T00:00:00.000Z');
    const { kept, superseded } = dedupeDeals([
      { deal: old, source: 0 },
      { deal: recent, source: 1 },
      { deal: deal('other', 'Other'), source: 1 },
      { deal: middle, source: 2 },
    ]);
    expect(kept.map((k) => [k.deal.name, k.source])).toEqual([
      ['Recent', 1],
      ['Other', 1],
    ]);
    expect(superseded.map((s) => [s.kept, s.dropped])).toEqual([
      [1, 0],
      [1, 2],
    ]);
  });

  it('breaks a tie of times by the higher revision', () => {
    const a = sampleDeal({ id: 'x', name: 'rev 1', rev: 1 });
    const b = sampleDeal({ id: 'x', name: 'rev 5', rev: 5 });
    expect(
      dedupeDeals([
        { deal: b, source: 0 },
        { deal: a, source: 1 },
      ]).kept[0]?.deal.name,
    ).toBe('rev 5');
  });

  it('reports per source how many deals it gave and how many were left out as older copies', async () => {
    const sources = await Promise.all([
      parseSource({
        kind: 'file',
        name: 'a.json',
        text: exportDeals([deal('s1', 'S', '2026-11-20T00:00:00.000Z')], NOW),
      }),
      parseSource({
        kind: 'file',
        name: 'b.json',
        text: exportDeals([deal('s1', 'S', '2026-11-26T00:00:00.000Z'), deal('t1', 'T')], NOW),
      }),
      parseSource({ kind: 'file', name: 'c.json', text: 'nope' }),
    ]);
    const team = combineSources(sources);
    expect(team.deals.map((d) => [d.id, d.updatedAt])).toEqual([
      ['s1', '2026-11-26T00:00:00.000Z'],
      ['t1', '2026-11-21T09:30:00.000Z'],
    ]);
    expect(team.reports.map((r) => [r.name, r.dealCount, r.leftOut, r.problem !== null])).toEqual([
      ['a.json', 1, 1, false],
      ['b.json', 2, 0, false],
      ['c.json', 0, 0, true],
    ]);
  });
});
