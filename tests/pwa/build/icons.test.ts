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

/**
 * What is wrong with a maskable icon's drawing: launchers may crop it to the centred circle
 * of 80 % of its width, so every bar pixel (not the blue ground) must lie inside that circle,
 * and the bars must cover a real share of it (an icon with nothing drawn is no icon).
 */
async function safeZoneProblems(icon: Parameters<typeof rasterize>[0], size = 100): Promise<string[]> {
  const px = await rasterize(icon, size);
  let drawn = 0;
  let outside = 0;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const [r, g] = at(px, size, x, y);
      if (r! <= BLUE[0]! && g! <= BLUE[1]!) continue;
      drawn++;
      if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) >= size * 0.4) outside++;
    }
  const problems: string[] = [];
  // The bars cover about a tenth of the icon; a few stray pixels are not a drawing.
  if (drawn < size * size * 0.05) problems.push(drawn === 0 ? 'no bars drawn' : `only ${drawn} pixels drawn`);
  if (outside > 0) problems.push(`${outside} bar pixels outside the safe zone`);
  return problems;
}

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

  it('the maskable and iOS icons are opaque to the corners', async () => {
    for (const icon of [ICONS.maskable, ICONS.apple]) {
      const px = await rasterize(icon, 64);
      for (const [x, y] of [
        [0, 0],
        [63, 0],
        [0, 63],
        [63, 63],
      ])
        expect(at(px, 64, x!, y!), icon.name).toEqual(BLUE);
    }
  });

  it('the maskable icon draws its bars, all inside the safe zone', async () => {
    expect(await safeZoneProblems(ICONS.maskable)).toEqual([]);
  });

  it('the safe-zone check refuses an icon with nothing drawn, and bars reaching outside the zone', async () => {
    const [ground] = ICONS.maskable.rects;
    expect(await safeZoneProblems({ ...ICONS.maskable, rects: [ground!] })).toEqual(['no bars drawn']);
    // A bar across the top edge: a launcher's circle mask would cut it off.
    const [bar] = ICONS.maskable.rects.slice(1);
    const offCentre = {
      ...ICONS.maskable,
      rects: [...ICONS.maskable.rects, { ...bar!, x: 2, y: 1, w: 28, h: 4 }],
    };
    expect(await safeZoneProblems(offCentre)).toEqual([
      expect.stringMatching(/bar pixels outside the safe zone$/),
    ]);
  });

  it('the SVG and the pixels come from the same rectangles', () => {
    const svg = toSvg(ICONS.any);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg.match(/<rect /g)).toHaveLength(ICONS.any.rects.length);
    expect(svg).toContain('<rect x="21" y="9" width="4" height="14" fill="#ffffff"/>');
  });
});
