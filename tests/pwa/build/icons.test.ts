import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICONS, iconFiles, PNG_SIZES, pngName, rasterize, toSvg } from '../../../src/pwa/build/icons.ts';

const DIR = new URL('../../../public/icons/', import.meta.url);

/** A PNG's decoded RGBA pixels. */
const pixelsOf = async (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();

/** RGBA of the pixel at (x, y). */
const at = (pixels: Uint8Array, size: number, x: number, y: number) => [
  ...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
];

const BLUE = [0x1d, 0x4e, 0xd8, 255];
const WHITE = [255, 255, 255, 255];

describe('app icons', () => {
  it('public/icons/ holds exactly what src/pwa/build/icons.ts draws (run `npm run icons` after a change)', async () => {
    const files = await iconFiles();
    expect(readdirSync(DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, contents] of files) {
      const committed = readFileSync(new URL(name, DIR));
      // PNGs by their pixels: another zlib may compress the same pixels differently.
      if (name.endsWith('.png'))
        expect((await pixelsOf(committed)).equals(await pixelsOf(contents as Buffer)), name).toBe(true);
      else expect(committed.toString('utf8'), name).toBe(contents);
    }
  });

  it.each(PNG_SIZES.map(([icon, size]) => [icon.name, size, icon] as const))(
    '%s at %i px has that size in its PNG header',
    (_, size, icon) => {
      const png = readFileSync(new URL(pngName(icon, size), DIR));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    },
  );

  it('the "any" icon has transparent rounded corners, a blue ground and white bars', async () => {
    const px = await rasterize(ICONS.any, 192);
    expect(at(px, 192, 0, 0)[3]).toBe(0);
    expect(at(px, 192, 191, 191)[3]).toBe(0);
    expect(at(px, 192, 96, 20)).toEqual(BLUE);
    // The tallest bar, in the box's units x 21–25, y 9–23: its middle.
    expect(at(px, 192, 23 * 6, 16 * 6)).toEqual(WHITE);
  });

  it('the maskable and iOS icons are opaque to the corners, bars inside the maskable safe zone', async () => {
    for (const icon of [ICONS.maskable, ICONS.apple]) {
      const px = await rasterize(icon, 64);
      for (const [x, y] of [
        [0, 0],
        [63, 0],
        [0, 63],
        [63, 63],
      ])
        expect(at(px, 64, x!, y!)).toEqual(BLUE);
    }
    const size = 100;
    const px = await rasterize(ICONS.maskable, size);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const [r, g] = at(px, size, x, y);
        if (r! > 0x1d || g! > 0x4e) expect(Math.hypot(x + 0.5 - 50, y + 0.5 - 50)).toBeLessThan(40);
      }
  });

  it('the SVG and the pixels come from the same rectangles', () => {
    const svg = toSvg(ICONS.any);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg.match(/<rect /g)).toHaveLength(ICONS.any.rects.length);
    expect(svg).toContain('<rect x="21" y="9" width="4" height="14" fill="#ffffff"/>');
  });
});
