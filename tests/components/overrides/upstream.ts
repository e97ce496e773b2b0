// Compares a Starlight override with the component it copies, as installed: both are
// formatted with the project's Prettier settings, then compared line by line (trimmed,
// blank lines left out). What remains on either side is what the copy changed.
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const ROOT = new URL('../../../', import.meta.url);

/**
 * A block of the installed component that the override keeps in a file of its own: the
 * text between the block's opening tag (`<script>`, `<style is:global>`) and its closing
 * tag is compared with that file (a path from the project's root) instead.
 */
export interface MovedBlock {
  opening: string;
  file: string;
}

async function lines(text: string, filepath: string): Promise<string[]> {
  const options = (await resolveConfig(filepath)) ?? {};
  const formatted = await format(text, { ...options, filepath });
  return formatted
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The text inside `block` (from its opening tag's line to the next closing tag), and the text around it. */
export function cutBlock(text: string, opening: string): { inside: string; around: string } {
  const start = text.split('\n').findIndex((line) => line.trim() === opening);
  if (start < 0) throw new Error(`The installed component has no block ${opening}`);
  const all = text.split('\n');
  const closing = `</${opening.slice(1).split(/[ >]/)[0] ?? ''}>`;
  const end = all.findIndex((line, index) => index > start && line.trim() === closing);
  if (end < 0) throw new Error(`The block ${opening} of the installed component is not closed`);
  return {
    inside: all.slice(start + 1, end).join('\n'),
    around: [...all.slice(0, start + 1), ...all.slice(end)].join('\n'),
  };
}

/** Lines only `theirs` has (`removed`) and lines only `ours` has (`added`), in order. */
function compare(theirs: string[], ours: string[]): { removed: string[]; added: string[] } {
  const count = (list: string[]) =>
    list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const inOurs = count(ours);
  const inTheirs = count(theirs);
  const take = (map: Map<string, number>, line: string) => {
    const n = map.get(line) ?? 0;
    if (n > 0) map.set(line, n - 1);
    return n > 0;
  };
  return {
    removed: theirs.filter((line) => !take(inOurs, line)),
    added: ours.filter((line) => !take(inTheirs, line)),
  };
}

/**
 * Lines only Starlight has (`removed`) and lines only the copy has (`added`), in order:
 * first those of the component itself, then those of each moved block, each block
 * compared only with the file that holds it. `upstreamText` stands in for the installed
 * component's text (to see that a change in Starlight is caught).
 */
export async function differences(
  override: string,
  upstream: string,
  moved: MovedBlock[] = [],
  upstreamText = readFileSync(pathOf(`node_modules/@astrojs/starlight/${upstream}`), 'utf8'),
): Promise<{ removed: string[]; added: string[] }> {
  const ours = pathOf(`src/components/overrides/${override}`);
  let around = upstreamText;
  const result = { removed: [] as string[], added: [] as string[] };
  const parts: Array<{ theirs: string; ours: string; filepath: string }> = [];
  for (const block of moved) {
    const cut = cutBlock(around, block.opening);
    around = cut.around;
    const filepath = pathOf(block.file);
    parts.push({ theirs: cut.inside, ours: readFileSync(filepath, 'utf8'), filepath });
  }
  parts.unshift({ theirs: around, ours: readFileSync(ours, 'utf8'), filepath: ours });
  for (const part of parts) {
    const { removed, added } = compare(
      await lines(part.theirs, part.filepath),
      await lines(part.ours, part.filepath),
    );
    result.removed.push(...removed);
    result.added.push(...added);
  }
  return result;
}

function pathOf(path: string): string {
  return new URL(path, ROOT).pathname;
}
