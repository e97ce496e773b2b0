// Compares a Starlight override with the component it copies, as installed: both are
// formatted with the project's Prettier settings, then compared line by line (trimmed,
// blank lines left out). What remains on either side is what the copy changed.
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const ROOT = new URL('../../../', import.meta.url);

async function lines(text: string, filepath: string): Promise<string[]> {
  const options = (await resolveConfig(filepath)) ?? {};
  const formatted = await format(text, { ...options, filepath });
  return formatted
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Lines only Starlight has (`removed`) and lines only the copy has (`added`), in order. */
export async function differences(
  override: string,
  upstream: string,
): Promise<{ removed: string[]; added: string[] }> {
  const ours = fileURLToPathOf(`src/components/overrides/${override}`);
  const theirs = fileURLToPathOf(`node_modules/@astrojs/starlight/${upstream}`);
  const a = await lines(readFileSync(theirs, 'utf8'), ours);
  const b = await lines(readFileSync(ours, 'utf8'), ours);
  const count = (list: string[]) =>
    list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const inB = count(b);
  const inA = count(a);
  const take = (map: Map<string, number>, line: string) => {
    const n = map.get(line) ?? 0;
    if (n > 0) map.set(line, n - 1);
    return n > 0;
  };
  const removed = a.filter((line) => !take(inB, line));
  const added = b.filter((line) => !take(inA, line));
  return { removed, added };
}

function fileURLToPathOf(path: string): string {
  return new URL(path, ROOT).pathname;
}
