// Reader-facing text speaks as the company's process: a rep does not know there
// was a source document, so no page, tool, quiz or case may mention one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../content');

/** Words that point at a source document or at an editor's reading of it. */
const EDITOR_WORDS: readonly RegExp[] = [
  /原文|原稿|源文件|源文档|原始文档|原始资料|本手册采用的理解/,
  /\bthe source\b|\bsource (?:document|text)\b|\bthe original (?:text|document|source)\b|\bin the original\b|\bthe original says\b|\bthe reading used in this playbook\b/i,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.(mdx|json)$/.test(entry.name) ? [path] : [];
  });
}

/** Reader-facing strings of a JSON file: every value, never a key or a `$comment`. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => (key.startsWith('$') ? [] : jsonStrings(entry)));
  return [];
}

/** Each reader-facing text of a content file. MDX: its lines outside the import block. */
function readerTexts(path: string, raw: string): string[] {
  if (path.endsWith('.json')) return jsonStrings(JSON.parse(raw));
  return raw.split('\n').filter((line) => !line.startsWith('import '));
}

function editorVoice(texts: readonly string[]): string[] {
  return texts.filter((text) => EDITOR_WORDS.some((word) => word.test(text)));
}

describe('the editor stays out of reader text', () => {
  it('no content file mentions a source document, 原文 or the original', () => {
    const found = files(root).flatMap((path) =>
      editorVoice(readerTexts(path, readFileSync(path, 'utf8'))).map(
        (text) => `${relative(root, path)}: ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('catches the words in both languages, and leaves plain uses of "original" alone', () => {
    expect(
      editorVoice(['原文列出十一种强迫事件', 'The source says only this', 'as in the original']),
    ).toHaveLength(3);
    expect(editorVoice(['the original software company', '**Source**: did the customer say it?'])).toEqual(
      [],
    );
  });
});
