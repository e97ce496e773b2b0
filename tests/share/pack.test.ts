import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShareHash } from '../../src/share/hash';
import { MAX_FRAGMENT_CHARS, MAX_JSON_BYTES, packDeal, unpackDeal } from '../../src/share/pack';
import { sampleDeal } from '../deals/sample';
import { dealArbitrary } from '../storage/deal-arbitrary';

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

describe('share links', () => {
  it('round-trip a deal', async () => {
    const deal = sampleDeal();
    const packed = await packDeal(deal);
    if (!packed.ok) throw new Error('not packed');
    expect(packed.fragment).toMatch(/^share=v1\.[A-Za-z0-9_-]+$/);
    expect(isShareHash(`#${packed.fragment}`)).toBe(true);
    expect(await unpackDeal(`#${packed.fragment}`)).toEqual({ ok: true, deal });
  });

  it('round-trip any valid deal (property)', async () => {
    await fc.assert(
      fc.asyncProperty(dealArbitrary, async (deal) => {
        const packed = await packDeal(deal);
        if (!packed.ok) return packed.error === 'too-large';
        return JSON.stringify(await unpackDeal(packed.fragment)) === JSON.stringify({ ok: true, deal });
      }),
      { numRuns: 60 },
    );
  });

  it('refuse a damaged link', async () => {
    const packed = await packDeal(sampleDeal());
    if (!packed.ok) throw new Error('not packed');
    const cut = packed.fragment.slice(0, Math.floor(packed.fragment.length / 2));
    expect(await unpackDeal(cut)).toMatchObject({ ok: false, error: 'damaged' });
    expect(await unpackDeal('share=v1.***')).toMatchObject({ ok: false, error: 'damaged' });
    expect(await unpackDeal('share=v1.')).toMatchObject({ ok: false, error: 'damaged' });
    expect(await unpackDeal('share=abc')).toMatchObject({ ok: false, error: 'damaged' });
    expect(await unpackDeal('share=v0.' + packed.fragment.slice(9))).toMatchObject({
      ok: false,
      error: 'damaged',
    });
    expect(await unpackDeal(`share=v1.${await deflate('{not json')}`)).toMatchObject({
      ok: false,
      error: 'damaged',
    });
    expect(isShareHash('#tool')).toBe(false);
  });

  it('refuse a link from a newer version', async () => {
    const packed = await packDeal(sampleDeal());
    if (!packed.ok) throw new Error('not packed');
    expect(await unpackDeal(packed.fragment.replace('v1.', 'v2.'))).toEqual({ ok: false, error: 'newer' });
  });

  it('refuse a link that is too large, or inflates too far', async () => {
    expect(await unpackDeal('share=v1.' + 'A'.repeat(MAX_FRAGMENT_CHARS))).toEqual({
      ok: false,
      error: 'too-large',
    });
    const bomb = await deflate(' '.repeat(MAX_JSON_BYTES + 10));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(await unpackDeal(`share=v1.${bomb}`)).toEqual({ ok: false, error: 'too-large' });
    // Random text does not compress: a deal with a big enough note cannot be shared.
    const noisy = Array.from({ length: 12000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    expect(await packDeal(sampleDeal({ notes: noisy }))).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuse a link whose deal breaks the schema', async () => {
    const bad = { ...sampleDeal(), rev: -1 };
    expect(await unpackDeal(`share=v1.${await deflate(JSON.stringify(bad))}`)).toMatchObject({
      ok: false,
      error: 'invalid',
    });
    const proto = '{"__proto__":{"x":1},' + JSON.stringify(sampleDeal()).slice(1);
    expect(await unpackDeal(`share=v1.${await deflate(proto)}`)).toMatchObject({
      ok: false,
      error: 'invalid',
    });
  });
});
