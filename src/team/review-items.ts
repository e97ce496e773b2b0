// The items the class review can list, with their labels and sections, built at build
// time from the tools' data files: every entry with an id and a two-language label, in
// file order, which is the playbook's order. An item with a published item anchor
// (content/item-anchors.json) links to it; any other links to its stage's tool.
import itemAnchors from '../../content/item-anchors.json';
import stagesData from '../../content/stages.json';
import type { ToolId } from '../deals/schema';
import { STAGE_TOOLS } from '../board/stage-tools';
import { localePath, type Lang } from '../i18n/lang';
import { itemAnchor } from '../links/anchors';
import type { ReviewItem } from './class-review';

type Json = unknown;

function labelled(value: Json, lang: Lang, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const entry of value) labelled(entry, lang, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, Json>;
  const label = record['label'] as Record<string, Json> | undefined;
  const id = record['id'];
  if (typeof id === 'string' && typeof label?.[lang] === 'string' && !out.has(id)) out.set(id, label[lang]);
  for (const [key, entry] of Object.entries(record)) if (key !== 'label') labelled(entry, lang, out);
}

/** Answer values that are named in a tool's `text` rather than as an option (a question's status). */
const VALUE_WORDS: Partial<Record<ToolId, readonly string[]>> = { validation: ['confirmed', 'assumed'] };

function valueWords(tool: ToolId, data: Json, lang: Lang, out: Map<string, string>): void {
  const text = (data as { text?: Record<string, Record<string, Json>> }).text;
  for (const word of VALUE_WORDS[tool] ?? []) {
    const label = text?.[word]?.[lang];
    if (typeof label === 'string' && !out.has(word)) out.set(word, label);
  }
}

/** `toolData` by tool id: the parsed content/tools/<tool>.json files. */
export function reviewItems(toolData: Readonly<Record<ToolId, Json>>, lang: Lang): ReviewItem[] {
  const anchors = itemAnchors.pages as Record<string, readonly string[]>;
  return STAGE_TOOLS.flatMap((tool, index) => {
    const stage = stagesData.stages[index]!.id;
    const published = new Set(anchors[`process/${stage}`] ?? []);
    const labels = new Map<string, string>();
    labelled(toolData[tool], lang, labels);
    valueWords(tool, toolData[tool], lang, labels);
    return [...labels].map(([id, label]) => {
      const anchor = published.has(itemAnchor(tool, id)) ? itemAnchor(tool, id) : 'tool';
      return { tool, id, label, href: localePath(lang, `/process/${stage}/#${anchor}`) };
    });
  });
}
