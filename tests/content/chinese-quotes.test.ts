/**
 * Chinese pages quote with “ ” written out: straight quotes (") are turned into
 * curly ones by the Markdown pipeline, which guesses the direction wrongly next
 * to Chinese punctuation (“…没丢。“故事…”).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = 'content/docs';
const chinesePages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('en/'))
  .map((f) => join(dir, f));

/** Prose lines: not front matter, imports or component tags. */
function proseLines(source: string): Array<[number, string]> {
  const lines = source.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines
    .map((line, i) => [i + 1, line] as [number, string])
    .filter(([n, line]) => n > end + 1 && !line.startsWith('import ') && !/<[A-Z]/.test(line));
}

describe.each(chinesePages)('%s', (file) => {
  it('uses Chinese quotation marks, in pairs', () => {
    const bad = proseLines(readFileSync(file, 'utf8')).filter(([, line]) => {
      if (line.includes('"')) return true;
      let open = false;
      for (const c of line) {
        if (c === '“') {
          if (open) return true;
          open = true;
        } else if (c === '”') {
          if (!open) return true;
          open = false;
        }
      }
      return open;
    });
    expect(bad.map(([n, line]) => `${n}: ${line.slice(0, 60)}`)).toEqual([]);
  });
});
