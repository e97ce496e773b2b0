import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PUBLIC = new URL('../../public/', import.meta.url);

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

interface Manifest {
  lang: string;
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  id: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
}

const read = (name: string) => JSON.parse(readFileSync(new URL(name, PUBLIC), 'utf8')) as Manifest;

describe.each([
  { file: 'manifest.webmanifest', lang: 'zh-CN', name: '软件销售流程', start: '/' },
  { file: 'manifest.en.webmanifest', lang: 'en', name: 'Software Sales Playbook', start: '/en/' },
])('$file', ({ file, lang, name, start }) => {
  const manifest = read(file);

  it(`names the site in ${lang} and opens ${start} as a standalone app`, () => {
    expect(manifest).toMatchObject({ lang, dir: 'ltr', name, start_url: start, id: start, scope: '/' });
    expect(manifest.display).toBe('standalone');
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(lang === 'en' ? 15 : 6);
    expect(manifest.description.length).toBeGreaterThan(10);
    expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
    expect(manifest.theme_color).toMatch(/^#[\da-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[\da-f]{6}$/);
  });

  it('lists icons that exist, at the sizes they say, including 192 and 512 px and maskable ones', () => {
    const icons: ManifestIcon[] = manifest.icons;
    for (const icon of icons) {
      const path = new URL(icon.src.slice(1), PUBLIC);
      expect(existsSync(path), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const png = readFileSync(path);
        const [w, h] = icon.sizes.split('x').map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([w, h]);
      } else {
        expect(icon).toMatchObject({ type: 'image/svg+xml', sizes: 'any' });
      }
    }
    const has = (sizes: string, purpose: string) =>
      icons.some((i) => i.sizes === sizes && i.type === 'image/png' && (i.purpose ?? 'any') === purpose);
    expect([
      has('192x192', 'any'),
      has('512x512', 'any'),
      has('192x192', 'maskable'),
      has('512x512', 'maskable'),
    ]).toEqual([true, true, true, true]);
  });
});

it('the two languages install as two apps, each starting in its own language', () => {
  const zh = read('manifest.webmanifest');
  const en = read('manifest.en.webmanifest');
  expect(zh.id).not.toBe(en.id);
  expect(zh.icons).toEqual(en.icons);
});
