/**
 * The app icons, drawn once as data and written as SVG; the PNG sizes are that SVG
 * rendered by sharp, so the two can never differ. The drawing is the favicon's: three
 * rising bars on the site's blue. `src/pwa/build/make-icons.ts` writes them to public/icons/.
 */
import sharp from 'sharp';

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

/** The icon's SVG rendered at `size` × `size` (the SVG's density set so no scaling blurs it). */
const render = (icon: Icon, size: number) =>
  sharp(Buffer.from(toSvg(icon)), { density: (72 * size) / BOX }).resize(size, size);

/** The icon as RGBA pixels at `size` × `size`, row by row. */
export async function rasterize(icon: Icon, size: number): Promise<Uint8Array> {
  return new Uint8Array(await render(icon, size).ensureAlpha().raw().toBuffer());
}

export function toPng(icon: Icon, size: number): Promise<Buffer> {
  return render(icon, size).png({ compressionLevel: 9 }).toBuffer();
}

/** A PNG's file name in public/icons/: iOS asks for one size by a fixed name. */
export const pngName = (icon: Icon, size: number) =>
  icon === ICONS.apple ? `${icon.name}.png` : `${icon.name}-${size}.png`;

/** Every icon file, name → contents: the manifest's SVGs and the PNG sizes browsers ask for. */
export async function iconFiles(): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  for (const icon of [ICONS.any, ICONS.maskable]) files.set(`${icon.name}.svg`, toSvg(icon));
  for (const [icon, size] of PNG_SIZES) files.set(pngName(icon, size), await toPng(icon, size));
  return files;
}
