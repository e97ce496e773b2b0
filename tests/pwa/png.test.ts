import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from '../../src/pwa/png.ts';

/** The chunks of a PNG file: type, data, and whether the stored CRC matches. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crc = png.readUInt32BE(at + 8 + length);
    out.push({ type, data, crcOk: crc === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

describe('crc32', () => {
  it('matches the published check values', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('encodePng', () => {
  const pixels = new Uint8Array([
    255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120,
  ]);
  const png = encodePng(3, 2, pixels);

  it('writes the PNG signature and IHDR, IDAT, IEND chunks with valid CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const ihdr = parts[0]!.data;
    expect([
      ihdr.readUInt32BE(0),
      ihdr.readUInt32BE(4),
      ihdr[8],
      ihdr[9],
      ihdr[10],
      ihdr[11],
      ihdr[12],
    ]).toEqual([3, 2, 8, 6, 0, 0, 0]);
  });

  it('stores every row, unfiltered, so the pixels come back exactly', () => {
    const raw = inflateSync(chunks(png)[1]!.data);
    expect(raw.length).toBe(2 * (1 + 3 * 4));
    expect(raw[0]).toBe(0);
    expect(raw[13]).toBe(0);
    expect([...raw.subarray(1, 13), ...raw.subarray(14)]).toEqual([...pixels]);
  });

  it('refuses a pixel buffer of the wrong size, or an empty image', () => {
    expect(() => encodePng(3, 2, new Uint8Array(23))).toThrow(/expected 24 bytes, got 23/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive whole numbers/);
    expect(() => encodePng(1.5, 2, new Uint8Array(12))).toThrow(/positive whole numbers/);
  });
});
