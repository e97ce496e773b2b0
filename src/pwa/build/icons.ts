/**
 * The app icons, drawn once as data and rendered both as SVG and as PNG pixels, so the
 * two can never differ. The drawing is the favicon's: three rising bars on the site's
 * blue. `src/pwa/build/make-icons.ts` writes them to public/icons/.
 */
import { encodePng } from '../png.ts';

/** The drawing's coordinate box: 32 × 32, like public/favicon.svg. */
const BOX = 32;
const BLUE = '#1d4ed8';
const WHITE = '#ffffff';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius. */
  r: number;
  fill: string;
}

export interface Icon {
  /** File name in public/icons/, without extension. */
  name: string;
  /** Rectangles, back to front, in the 32 × 32 box. */
  rects: Rect[];
}

/** The favicon's bars: x, width 4, baseline 22. */
const BARS: [x: number, height: number][] = [
  [7, 6],
  [14, 10],
  [21, 14],
];

/** The bars scaled by `scale` about the box centre, with their block centred in the box. */
function bars(scale: number): Rect[] {
  const top = 22 - Math.max(...BARS.map(([, h]) => h));
  const middle = (top + 22) / 2;
  return BARS.map(([x, h]) => ({
    x: BOX / 2 + (x - BOX / 2) * scale,
    y: BOX / 2 + (22 - h - middle) * scale,
    w: 4 * scale,
    h: h * scale,
    r: 0,
    fill: WHITE,
  }));
}

/** Every icon the site ships. */
export const ICONS = {
  /** Rounded square with transparent corners: the manifest's "any" icon. */
  any: { name: 'icon', rects: [{ x: 0, y: 0, w: BOX, h: BOX, r: 7, fill: BLUE }, ...bars(1)] },
  /**
   * Full-bleed square for launchers that cut their own shape: the bars sit inside the
   * maskable safe zone (the centred circle of 80 % of the width).
   */
  maskable: {
    name: 'icon-maskable',
    rects: [{ x: 0, y: 0, w: BOX, h: BOX, r: 0, fill: BLUE }, ...bars(0.8)],
  },
  /** Opaque square for iOS, which rounds the corners itself. */
  apple: {
    name: 'apple-touch-icon',
    rects: [{ x: 0, y: 0, w: BOX, h: BOX, r: 0, fill: BLUE }, ...bars(0.9)],
  },
} satisfies Record<string, Icon>;

/** The PNG files to write: icon, pixel size. */
export const PNG_SIZES: [icon: Icon, size: number][] = [
  [ICONS.any, 192],
  [ICONS.any, 512],
  [ICONS.maskable, 192],
  [ICONS.maskable, 512],
  [ICONS.apple, 180],
];

const num = (n: number) => String(Math.round(n * 1000) / 1000);

export function toSvg(icon: Icon): string {
  const shapes = icon.rects.map(({ x, y, w, h, r, fill }) => {
    const radius = r ? ` rx="${num(r)}"` : '';
    return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${radius} fill="${fill}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BOX} ${BOX}">${shapes.join('')}</svg>\n`;
}

function inside({ x, y, w, h, r }: Rect, px: number, py: number): boolean {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const dx = Math.max(x + r - px, 0, px - (x + w - r));
  const dy = Math.max(y + r - py, 0, py - (y + h - r));
  return dx * dx + dy * dy <= r * r;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The icon as RGBA pixels at `size` × `size`, anti-aliased by sampling each pixel 4 × 4 times. */
export function rasterize(icon: Icon, size: number, samples = 4): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const colours = icon.rects.map((rect) => rgb(rect.fill));
  const unit = BOX / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over the samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const ux = (px + (sx + 0.5) / samples) * unit;
          const uy = (py + (sy + 0.5) / samples) * unit;
          for (let i = icon.rects.length - 1; i >= 0; i--) {
            if (inside(icon.rects[i]!, ux, uy)) {
              const [cr, cg, cb] = colours[i]!;
              r += cr;
              g += cg;
              b += cb;
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return out;
}

export function toPng(icon: Icon, size: number): Buffer {
  return encodePng(size, size, rasterize(icon, size));
}

/** Every icon file, name → contents: the manifest's SVGs and the PNG sizes browsers ask for. */
export function iconFiles(): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  for (const icon of [ICONS.any, ICONS.maskable]) files.set(`${icon.name}.svg`, toSvg(icon));
  for (const [icon, size] of PNG_SIZES)
    files.set(icon === ICONS.apple ? `${icon.name}.png` : `${icon.name}-${size}.png`, toPng(icon, size));
  return files;
}
