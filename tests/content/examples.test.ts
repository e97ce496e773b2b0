// The running examples tell one story: every figure and fact a page, tool or
// quiz gives about an example company comes from its fact sheet in
// content/examples/, and the sums shown are the tools' own sums of its figures.
import { describe, expect, it } from 'vitest';
import qualificationData from '../../content/tools/qualification.json';
import {
  contentFiles,
  derivedFigures,
  figureTokens,
  fillFact,
  LANGS,
  loadSheets,
  mentions,
  plainText,
  type ContentFile,
  type Lang,
  type Sheet,
} from './example-facts';

const sheets = loadSheets();
const content = contentFiles();

/** The process's own thresholds, which a page may quote beside an example. */
const PROCESS_FIGURES: Record<Lang, string[]> = {
  zh: ['20 人以上', '50 人以上', '2000 万元以上', '300 万元以上', '3–5%'],
  en: ['20 or more', '50 or more', 'RMB 20 million (2000万)', 'RMB 3 million (300万)', '3–5%'],
};

/** Every way the sheet's facts (and the process's thresholds) write a figure, in one language. */
function allowedTokens(sheet: Sheet, lang: Lang): Set<string> {
  const values = derivedFigures(sheet.figures);
  const texts = [...sheet.facts.map((fact) => fillFact(fact[lang], values)), ...PROCESS_FIGURES[lang]];
  return new Set(texts.flatMap((text) => figureTokens(text, lang)));
}

/** What the content says about a company that its sheet does not. */
function contradictions(sheet: Sheet, files: readonly ContentFile[]): string[] {
  const found: string[] = [];
  const others = sheets.filter((s) => s.id !== sheet.id);
  for (const lang of LANGS) {
    const allowed = allowedTokens(sheet, lang);
    for (const file of files.filter((f) => f.lang === lang)) {
      for (const block of file.blocks.filter((b) => mentions(b, sheet, lang))) {
        // A block about two examples may hold either one's figures.
        const alsoAllowed = others.filter((o) => mentions(block, o, lang)).map((o) => allowedTokens(o, lang));
        for (const token of figureTokens(block, lang))
          if (!allowed.has(token) && !alsoAllowed.some((set) => set.has(token)))
            found.push(
              `${file.label}: "${token}" about ${sheet.id} is not on its sheet: ${block.slice(0, 120)}`,
            );
        for (const phrase of sheet.forbidden[lang])
          if (block.includes(phrase))
            found.push(`${file.label}: "${phrase}" contradicts ${sheet.id}'s sheet: ${block.slice(0, 120)}`);
      }
    }
  }
  return found;
}

/** Facts missing from a page that the sheet says uses them. */
function missingFacts(sheet: Sheet, files: readonly ContentFile[]): string[] {
  const values = derivedFigures(sheet.figures);
  const found: string[] = [];
  for (const fact of sheet.facts) {
    for (const lang of LANGS) {
      const text = fillFact(fact[lang], values);
      for (const slug of fact.on) {
        const file = files.find((f) => f.slug === slug && f.lang === lang);
        if (!file) found.push(`${sheet.id}.${fact.id}: no content "${slug}" (${lang})`);
        else if (!file.blocks.some((block) => block.includes(text)))
          found.push(`${sheet.id}.${fact.id}: ${file.label} does not say "${text}"`);
      }
    }
  }
  return found;
}

describe('running examples', () => {
  it('have fact sheets', () => {
    expect(sheets.map((s) => s.id).sort()).toEqual(['huajian', 'jingchuang']);
  });

  it.each(sheets.map((s) => [s.id, s] as const))('%s: every listed page states its facts', (_id, sheet) => {
    expect(missingFacts(sheet, content)).toEqual([]);
  });

  it.each(sheets.map((s) => [s.id, s] as const))(
    '%s: no page, tool or quiz gives a figure or fact off its sheet',
    (_id, sheet) => {
      expect(contradictions(sheet, content)).toEqual([]);
    },
  );

  it('the IT budget at the profit line on the validation page is the scorecard’s sum', () => {
    // The worked example beside question 11 is 3–5% of the scorecard's gross-profit line (300 万).
    const rule = qualificationData.rules.thresholds.measures.find((t) => t.item === 'gross-profit');
    const line = { grossProfit: rule?.min.distribution ?? Number.NaN };
    const zh = fillFact(
      '| {grossProfit} 万元 | {itLow} 万元 | {itHigh} 万元 | 约 {itLow} 万–{itHigh} 万元 |',
      derivedFigures(line),
    );
    const en = fillFact(
      '| RMB {grossProfit|million} million | RMB {itLow|yuan} | RMB {itHigh|yuan} | about RMB {itLow|yuan}–{itHigh|yuan} |',
      derivedFigures(line),
    );
    const page = (lang: Lang) => content.find((f) => f.slug === 'process/validation' && f.lang === lang);
    expect(page('zh')?.blocks.some((b) => b.includes(zh))).toBe(true);
    expect(page('en')?.blocks.some((b) => b.includes(en))).toBe(true);
  });

  it('sums add up by the tools’ own rules', () => {
    const huajian = derivedFigures(sheets.find((s) => s.id === 'huajian')?.figures ?? {});
    expect(huajian['grossProfitFromMargin']).toBe(huajian['grossProfit']);
    expect(huajian['budgetWithinRange']).toBe(1);
  });

  const planted = (slug: string, lang: Lang, from: string, to: string): ContentFile[] =>
    content.map((file) =>
      file.slug === slug && file.lang === lang
        ? { ...file, blocks: file.blocks.map((b) => b.replace(from, to)) }
        : file,
    );
  const huajian = sheets.find((s) => s.id === 'huajian');
  const jingchuang = sheets.find((s) => s.id === 'jingchuang');
  if (!huajian || !jingchuang) throw new Error('a fact sheet is missing');

  it('finds a planted figure that differs from the sheet, in either language', () => {
    expect(
      contradictions(huajian, planted('process/prospecting', 'zh', '约 4000 万元', '约 8000 万元')).join(),
    ).toMatch(/8000万元/);
    expect(
      contradictions(
        huajian,
        planted('process/validation', 'en', 'three warehouses', 'four warehouses'),
      ).join(),
    ).toMatch(/4 warehouses/);
    expect(
      contradictions(jingchuang, planted('process/negotiation', 'zh', '约 27%', '约两成')).join(),
    ).toMatch(/两成/);
  });

  it('finds planted wording the sheet forbids, and a sum worked out differently', () => {
    expect(
      contradictions(
        huajian,
        planted('process/validation', 'en', 'first-tier agent', 'regional distributor'),
      ).join(),
    ).toMatch(/regional distributor/);
    expect(
      missingFacts(huajian, planted('process/validation', 'zh', '14.4 万–24 万元', '14 万–24 万元')).join(),
    ).toMatch(/it-budget/);
  });

  it('reads figures as words and digits alike, and skips the playbook’s own numbering', () => {
    expect(figureTokens('共有三个仓库（第 2 种事件），约 480 万元', 'zh')).toEqual(['3个仓', '480万元']);
    expect(figureTokens('three warehouses (event 2), about RMB 4.8 million', 'en')).toEqual([
      '3 warehouses',
      '4.8 million',
    ]);
    expect(plainText('[一级代理商](/glossary/#first-tier-agent)')).toBe('一级代理商');
  });
});
