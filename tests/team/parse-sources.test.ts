// Reading many sources a file at a time: each source is handed over as soon as it is read,
// and the next is read only after the page had its turn (a yield), in the order given.
import { describe, expect, it, vi } from 'vitest';
import { exportDeals } from '../../src/storage/export-import';
import type { SourceInput } from '../../src/team/sources';
import { sampleDeal } from '../deals/sample';

const NOW = new Date('2026-11-30T09:00:00.000Z');
// Each yield waits for the test to let it go, so the test sees what happens between two.
const turns: (() => void)[] = [];
vi.mock('../../src/shared/yield-to-main', () => ({
  yieldToMain: () => new Promise<void>((resolve) => turns.push(resolve)),
}));
const { parseSources } = await import('../../src/team/sources');

const file = (name: string, ids: string[]): SourceInput => ({
  kind: 'file',
  name,
  text: exportDeals(
    ids.map((id) => sampleDeal({ id, name: id })),
    NOW,
  ),
});

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('parseSources', () => {
  it('hands over each source as it is read and yields before the next', async () => {
    const seen: string[] = [];
    const inputs = [
      file('a.json', ['a1', 'a2']),
      { kind: 'file', name: 'broken.json', text: '{' } as const,
      file('b.json', ['b1']),
    ];
    let finished = false;
    const done = parseSources(inputs, (source) => seen.push(`${source.name}:${source.deals.length}`)).then(
      () => {
        finished = true;
      },
    );

    await settle();
    expect(seen).toEqual(['a.json:2']);
    expect(turns).toHaveLength(1);

    turns.shift()!();
    await settle();
    expect(seen).toEqual(['a.json:2', 'broken.json:0']);

    turns.shift()!();
    await settle();
    expect(seen).toEqual(['a.json:2', 'broken.json:0', 'b.json:1']);
    expect(finished).toBe(false); // the page gets its turn after the last source too

    turns.shift()!();
    await done;
    expect(finished).toBe(true);
  });

  it('hands over nothing for no sources', async () => {
    const onParsed = vi.fn();
    await parseSources([], onParsed);
    expect(onParsed).not.toHaveBeenCalled();
  });
});
