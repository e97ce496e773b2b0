// Reads the running examples' fact sheets (content/examples/*.json) and the
// content that speaks about them. The sums a page shows are computed here with
// the tools' own code, so a page and a tool cannot work them out differently.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import qualificationData from '../../content/tools/qualification.json';
import { demoSums } from '../../src/tools/demo/logic';
import { qualificationDefinition } from '../../src/tools/qualification/definition';
import { itBudget } from '../../src/tools/qualification/logic';
import { figureText, yuanText } from '../../src/shared/money';
import { checkBudget, checkPrice } from '../../src/tools/validation/logic';
import { EN_NUMBER_WORDS, ZH_NUMERALS } from '../support/number-words';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Fact {
  id: string;
  zh: string;
  en: string;
  /** Page slugs (`process/demo`, `glossary`) or `tools/<tool>` / `quizzes/<stage>` files. */
  on: string[];
}

export interface Sheet {
  id: string;
  names: Record<Lang, string[]>;
  figures: Record<string, number>;
  facts: Fact[];
  forbidden: Record<Lang, string[]>;
}

export const contentRoot = join(import.meta.dirname, '../../content');

export function loadSheets(): Sheet[] {
  const dir = join(contentRoot, 'examples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Sheet);
}

const qualification = qualificationDefinition.parse(qualificationData);
const percent = (value: number, share: number) => (value * share) / 100;

/**
 * The sums the pages show about an example, from its figures: the IT budget by
 * the scorecard's rule, the budget check and the price gap by the validation
 * tool's, the value of the system by the demo tool's total.
 */
export function derivedFigures(figures: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...figures };
  const f = (key: string) => figures[key];
  const revenue = f('revenueLastYear');
  const margin = f('grossMarginPercent');
  if (revenue !== undefined && margin !== undefined) out['grossProfitFromMargin'] = percent(revenue, margin);
  const profit = f('grossProfit');
  if (profit !== undefined) {
    const range = itBudget({ [qualification.rules.itBudget.item]: profit }, qualification);
    if (range) {
      out['itLow'] = range.low;
      out['itHigh'] = range.high;
    }
    const network = f('networkSpent');
    const software = f('softwareBudget');
    if (network !== undefined && software !== undefined) {
      const share = {
        low: qualification.rules.itBudget.lowPercent,
        high: qualification.rules.itBudget.highPercent,
      };
      const check = checkBudget(network + software, profit, share);
      out['budgetTotal'] = network + software;
      out['budgetWithinRange'] = check.position === 'within' ? 1 : 0;
    }
  }
  const budget = f('budget');
  const quote = f('quote');
  if (budget !== undefined && quote !== undefined) {
    const gap = checkPrice(budget, quote, '').gap ?? 0;
    out['gap'] = gap;
    out['gapPercent'] = Math.round((gap / quote) * 100);
  }
  const stock = f('stockLossLastYear');
  const stockCut = f('stockLossCutPercent');
  const debt = f('badDebtLastYear');
  const debtCut = f('badDebtCutPercent');
  const lost = f('lostSalesPerYear');
  if ([stock, stockCut, debt, debtCut, lost, margin].every((v) => v !== undefined)) {
    out['stockSaved'] = percent(stock ?? 0, stockCut ?? 0);
    out['badDebtSaved'] = percent(debt ?? 0, debtCut ?? 0);
    out['savings'] = (out['stockSaved'] ?? 0) + (out['badDebtSaved'] ?? 0);
    out['earnings'] = percent(lost ?? 0, margin ?? 0);
    const sums = demoSums({ 'value-savings': out['savings'] ?? 0, 'value-earnings': out['earnings'] ?? 0 }, [
      { id: 'value-savings' },
      { id: 'value-earnings' },
    ]);
    out['valueTotal'] = sums.total ?? 0;
  }
  return out;
}

/** A fact's text with its {figure}, {figure|yuan} and {figure|million} filled in (numbers read the same in both languages). */
export function fillFact(text: string, values: Readonly<Record<string, number>>): string {
  return text.replace(/\{(\w+)(?:\|(yuan|million))?\}/g, (whole, key: string, unit?: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`no figure "${key}" for ${whole}`);
    if (unit === 'yuan') return yuanText(value);
    if (unit === 'million') return figureText(value / 100);
    return figureText(value);
  });
}

export interface ContentFile {
  /** Where it came from, for messages: `process/demo (en)`, `tools/demo`. */
  label: string;
  /** `process/demo`, `glossary`, `tools/demo`, `quizzes/demo`. */
  slug: string;
  lang: Lang;
  /** Reader-facing text blocks: MDX lines (a table joined to the line before it), JSON strings. */
  blocks: string[];
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, ext) : entry.name.endsWith(ext) ? [path] : [];
  });
}

/** Markdown's link targets and MDX comments say nothing about the company: drop them. */
export function plainText(line: string): string {
  return line
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/\{\/\*.*?\*\/\}/g, '');
}

/** MDX as blocks: each line, with a table kept together with the line that introduces it ("…为例："). */
function mdxBlocks(raw: string): string[] {
  const blocks: string[] = [];
  let joining = false;
  for (const line of raw.split('\n').map(plainText)) {
    if (line.trim() === '') continue;
    if (line.startsWith('|') && joining) {
      blocks[blocks.length - 1] += '\n' + line;
      continue;
    }
    blocks.push(line);
    joining = /[：:]$/.test(line.trim());
  }
  return blocks;
}

function jsonStrings(value: unknown, lang: Lang | null): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => jsonStrings(v, lang));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      key.startsWith('$') || (lang !== null && (key === 'zh' || key === 'en') && key !== lang)
        ? []
        : jsonStrings(v, lang),
    );
  return [];
}

/** Every page, tool and quiz, once per language. */
export function contentFiles(): ContentFile[] {
  const docs = join(contentRoot, 'docs');
  const pages = files(docs, '.mdx').map((path) => {
    const rel = relative(docs, path).replace(/\.mdx$/, '');
    const lang: Lang = rel.startsWith('en/') ? 'en' : 'zh';
    const slug = lang === 'en' ? rel.slice(3) : rel;
    return { label: `${slug} (${lang})`, slug, lang, blocks: mdxBlocks(readFileSync(path, 'utf8')) };
  });
  const data = ['tools', 'quizzes', 'case-studies'].flatMap((folder) =>
    files(join(contentRoot, folder), '.json').flatMap((path) => {
      const slug = `${folder}/${relative(join(contentRoot, folder), path).replace(/\.json$/, '')}`;
      const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return LANGS.map((lang) => ({
        label: `${slug} (${lang})`,
        slug,
        lang,
        blocks: jsonStrings(json, lang),
      }));
    }),
  );
  return [...pages, ...data];
}

/** Words after a figure that say nothing about what it counts. */
const EN_FUNCTION_WORDS = new Set(
  'a an and against as at by each for from in is of on or per so than that the this to was were with'.split(
    ' ',
  ),
);

/** References to the playbook's own numbering (event 2, 第 8 步) are not facts about a company. */
function withoutReferences(text: string, lang: Lang): string {
  return lang === 'zh'
    ? text
        .replace(/第\s*[\d一二两三四五六七八九十]+\s*(?:种|步|题|阶段|期|个|项|条)?/g, ' ')
        .replace(/(?:问题|条件|事件|步骤)\s*\d+(?:–\d+)?/g, ' ')
        .replace(/(?:周|星期)[一二三四五六日天]|五金/g, ' ')
        .replace(/^[\s*-]*\d+\.\s/, ' ')
    : text
        .replace(
          /\b(?:events?|questions?|steps?|stages?|conditions?|phase)\s+(?:\d+(?:–\d+)?|one|two|three)\b/gi,
          ' ',
        )
        .replace(/^[\s*-]*\d+\.\s/, ' ');
}

/**
 * The figures written in a text, each with the words right after it, so that
 * "三个仓库" reads "3个仓" and "RMB 4.8 million" reads "4.8 million".
 */
export function figureTokens(text: string, lang: Lang): string[] {
  const clean = withoutReferences(text, lang);
  if (lang === 'zh') {
    return [...clean.matchAll(/(\d+(?:\.\d+)?|[二两三四五六七八九十]+)\s*([\u4e00-\u9fff%]{0,2})/g)].map(
      (m) => `${ZH_NUMERALS[m[1] ?? ''] ?? m[1] ?? ''}${m[2] ?? ''}`,
    );
  }
  return [
    ...clean.matchAll(
      /\b(\d[\d,]*(?:\.\d+)?%?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b\s*([A-Za-z]*)/gi,
    ),
  ].map((m) => {
    const word = (m[1] ?? '').toLowerCase();
    const next = (m[2] ?? '').toLowerCase();
    return `${EN_NUMBER_WORDS[word] ?? m[1] ?? ''} ${EN_FUNCTION_WORDS.has(next) ? '' : next}`.trim();
  });
}

export function mentions(block: string, sheet: Sheet, lang: Lang): boolean {
  return sheet.names[lang].some((name) => block.includes(name));
}
