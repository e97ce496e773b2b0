/**
 * Writes the app icons (SVG and PNG) into public/icons/ from src/pwa/build/icons.ts.
 * Run after changing the drawing: `npm run icons`; commit the files.
 * tests/pwa/build/icons.test.ts fails when the committed files differ from the drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { iconFiles } from './icons.ts';

const dir = new URL('../../../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, contents] of await iconFiles()) {
  writeFileSync(new URL(name, dir), contents);
  console.log(`public/icons/${name}`);
}
