// Loading the team view's sources: export files (one deal or all deals) and share
// links. Each source is read on its own, so a bad one is named with its reason and
// skipped while the others load; the deals then go through dedupeDeals. Nothing here
// touches the viewer's own workspace. Loaded on use, with the export and share code.
import type { Deal } from '../deals/schema';
import { readImportFile } from '../board/transfer';
import { MAX_IMPORT_BYTES, parseImport } from '../storage/export-import';
import { isShareHash } from '../share/hash';
import { unpackDeal, type ShareError } from '../share/pack';
import { dedupeDeals, type Superseded } from './dedupe';
import { yieldToMain } from '../shared/yield-to-main';

export type SourceInput =
  { kind: 'file'; name: string; text: string } | { kind: 'link'; name: string; text: string };

export interface Problem {
  en: string;
  zh: string;
}

export interface ParsedSource {
  kind: SourceInput['kind'];
  name: string;
  deals: Deal[];
  problem: Problem | null;
}

const LINK_PROBLEMS: Record<ShareError | 'not-share', Problem> = {
  'not-share': {
    en: 'This is not a deal share link (it has no “#share=” part).',
    zh: '这不是交易分享链接（缺少“#share=”部分）。',
  },
  damaged: { en: 'The link is damaged or cut short.', zh: '链接已损坏或不完整。' },
  'too-large': { en: 'The link is too long to be a deal.', zh: '链接太长，不是一笔交易。' },
  newer: {
    en: 'The link was made by a newer version of the site. Reload the page and try again.',
    zh: '链接由更新版本的网站生成。请刷新页面后重试。',
  },
  invalid: { en: 'The link’s deal is not valid.', zh: '链接里的交易数据无效。' },
};

/** The fragment of a pasted link: what follows `#`, or the text itself when it is only a fragment. */
function fragmentOf(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash === -1 ? trimmed : trimmed.slice(hash + 1);
}

export async function parseSource(input: SourceInput): Promise<ParsedSource> {
  const base = { kind: input.kind, name: input.name };
  if (input.kind === 'file') {
    const parsed = parseImport(input.text);
    return parsed.ok
      ? { ...base, deals: parsed.deals, problem: null }
      : { ...base, deals: [], problem: parsed.error.message };
  }
  const fragment = fragmentOf(input.text);
  if (!isShareHash(fragment)) return { ...base, deals: [], problem: LINK_PROBLEMS['not-share'] };
  const unpacked = await unpackDeal(fragment);
  return unpacked.ok
    ? { ...base, deals: [unpacked.deal], problem: null }
    : { ...base, deals: [], problem: LINK_PROBLEMS[unpacked.error] };
}

/**
 * Reads the sources one at a time and hands each over as it is ready (`onParsed` can also
 * work out what the page shows of its deals), letting the page answer input and paint
 * between two sources: thirty files read in one go froze the page for a noticeable time.
 */
export async function parseSources(
  inputs: readonly SourceInput[],
  onParsed: (source: ParsedSource) => void,
): Promise<void> {
  for (const input of inputs) {
    onParsed(await parseSource(input));
    await yieldToMain();
  }
}

/** Links pasted together: one per line (or separated by spaces). */
export function splitLinks(text: string): string[] {
  return text.split(/\s+/).filter((part) => part !== '');
}

export interface SourceReport extends Omit<ParsedSource, 'deals'> {
  /** Deals the source held. */
  dealCount: number;
  /** Of those, copies left out because another source held a newer copy. */
  leftOut: number;
}

export interface TeamDeals {
  deals: Deal[];
  reports: SourceReport[];
  superseded: Superseded[];
  /** Deal id → the name of the file or link its kept copy came from. */
  sourceOf: ReadonlyMap<string, string>;
}

/** Every source's deals together, each deal once (its most recently changed copy). */
export function combineSources(sources: readonly ParsedSource[]): TeamDeals {
  const { kept, superseded } = dedupeDeals(
    sources.flatMap((source, index) => source.deals.map((deal) => ({ deal, source: index }))),
  );
  const reports = sources.map(({ deals, ...rest }, index) => ({
    ...rest,
    dealCount: deals.length,
    leftOut: superseded.filter((entry) => entry.dropped === index).length,
  }));
  return {
    deals: kept.map((entry) => entry.deal),
    reports,
    superseded,
    sourceOf: new Map(kept.map((entry) => [entry.deal.id, sources[entry.source]!.name])),
  };
}

/** A file's text, read no further than one byte past the import limit (parseImport then refuses it). */
export function readSourceFile(file: Blob): Promise<string> {
  return readImportFile(file, MAX_IMPORT_BYTES);
}
