// Reads the facts a case study states about itself (counts and figures in its
// summary, title and answers, dates beside relative-time words) so a test can
// check that they agree. Each finding names the case, the language and the clash.
import { EN_NUMBER_WORDS, ZH_NUMERALS } from '../support/number-words';

type Lang = 'zh' | 'en';

/** "3", "三", "十二", "three" → a number; null when it is none of them. */
export function readCount(word: string): number | null {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (lower in EN_NUMBER_WORDS) return EN_NUMBER_WORDS[lower] ?? null;
  if (/^[一二两三四五六七八九十]+$/.test(word)) {
    if (word.length === 1) return ZH_NUMERALS[word] ?? null;
    const [a, b, c] = [...word];
    if (word.length === 2 && a === '十') return 10 + (ZH_NUMERALS[b ?? ''] ?? 0);
    if (word.length === 2 && b === '十') return (ZH_NUMERALS[a ?? ''] ?? 0) * 10;
    if (word.length === 3 && b === '十')
      return (ZH_NUMERALS[a ?? ''] ?? 0) * 10 + (ZH_NUMERALS[c ?? ''] ?? 0);
  }
  return null;
}

const NUM_ZH = '(?<!第)(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)';
const NUM_EN = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** Count words the cases use, by what they count. */
const COUNT_PATTERNS: Record<string, Record<Lang, RegExp>> = {
  branches: {
    zh: new RegExp(`${NUM_ZH}\\s*个(?:分公司|分支机构)`, 'g'),
    en: new RegExp(`\\b${NUM_EN}\\s+branch(?:es)?\\b`, 'gi'),
  },
  warehouses: {
    zh: new RegExp(`${NUM_ZH}\\s*个(?:分仓|仓库)`, 'g'),
    en: new RegExp(`\\b${NUM_EN}\\s+(?:branch\\s+)?warehouses?\\b`, 'gi'),
  },
  events: {
    zh: new RegExp(`${NUM_ZH}\\s*个强迫事件`, 'g'),
    en: new RegExp(`\\b${NUM_EN}\\s+compelling events?\\b`, 'gi'),
  },
};

export function countsIn(text: string, lang: Lang, what: string): number[] {
  const pattern = COUNT_PATTERNS[what]?.[lang];
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => readCount(m[1] ?? '')).filter((n): n is number => n !== null);
}

/** Words that place an event relative to today: they only make sense without a fixed date. */
export const RELATIVE_TIME: Record<Lang, RegExp> = {
  zh: /上个月|下个月|本月|这个月|上周|下周|本周|今年|去年|明年|前年|后年|昨天|今天|明天|最近|刚刚|本季度|下季度|上季度/,
  en: /\b(last|next|this) (month|week|year|quarter)\b|\byesterday\b|\btoday\b|\btomorrow\b|\brecently\b|\bago\b/i,
};

export interface CaseView {
  id: string;
  title: string;
  summary: string;
  notes: string;
  answers: Record<string, Record<string, unknown>>;
}

/** Every string inside a value, depth first. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const HEADCOUNT: Record<Lang, RegExp> = { zh: /(\d+)\s*人的/, en: /\b(\d+)-person\b/ };
const REVENUE: Record<Lang, RegExp> = {
  zh: /销售额\s*(\d+(?:\.\d+)?)\s*万元/,
  en: /RMB\s*(\d+(?:\.\d+)?)\s*million revenue/,
};
const BUDGET: Record<Lang, RegExp> = {
  zh: /预算\s*(\d+(?:\.\d+)?)\s*万元/,
  en: /budget:?\s*RMB\s*([\d,]+)/i,
};
/** Questions whose answers may state the budget: the budget (11) and the plan when it is short (12). */
const BUDGET_QUESTIONS = new Set(['question-11', 'question-12']);

/** Every clash between what a case's summary says and what its answers hold, in one language. */
export function caseClashes(study: CaseView, lang: Lang): string[] {
  const found: string[] = [];
  const where = `${study.id} (${lang})`;
  const told = [study.title, study.summary, study.notes].join('\n');
  const answered = stringsOf(study.answers).join('\n');

  for (const what of ['branches', 'warehouses']) {
    const all = new Set([...countsIn(told, lang, what), ...countsIn(answered, lang, what)]);
    if (all.size > 1) found.push(`${where}: ${what} counted as ${[...all].join(' and ')}`);
  }

  const q = study.answers['qualification'] ?? {};
  const headcount = HEADCOUNT[lang].exec(study.summary);
  if (headcount && Number(headcount[1]) !== q['headcount'])
    found.push(`${where}: summary says ${headcount[1]} people, answers ${String(q['headcount'])}`);
  const revenue = REVENUE[lang].exec(study.summary);
  if (revenue) {
    const wan = lang === 'zh' ? Number(revenue[1]) : Number(revenue[1]) * 100;
    if (wan !== q['revenue'])
      found.push(`${where}: summary revenue ${wan} 万, answers ${String(q['revenue'])}`);
  }
  const branchCounts = countsIn(told + '\n' + answered, lang, 'branches');
  if (branchCounts.some((n) => n > 0) && q['branches'] !== undefined && q['branches'] !== 'yes')
    found.push(`${where}: branches are counted but the scorecard answer is ${JSON.stringify(q['branches'])}`);

  const events = study.answers['events'] ?? {};
  const picked = Object.values(events).filter(
    (e) => e !== null && typeof e === 'object' && (e as { picked?: unknown }).picked === true,
  ).length;
  for (const n of countsIn(told, lang, 'events'))
    if (n !== picked) found.push(`${where}: summary says ${n} compelling events, ${picked} are picked`);

  const validation = study.answers['validation'] ?? {};
  const budget = validation['budget-amount'];
  for (const [item, value] of Object.entries(validation)) {
    for (const text of stringsOf(value)) {
      const m = BUDGET[lang].exec(text);
      if (!m) continue;
      const wan = lang === 'zh' ? Number(m[1]) : Number((m[1] ?? '').replace(/,/g, '')) / 10000;
      if (!BUDGET_QUESTIONS.has(item))
        found.push(`${where}: the budget is stated under ${item}, not question 11`);
      if (budget !== undefined && wan !== budget)
        found.push(
          `${where}: ${item} says a budget of ${wan} 万, budget-amount is ${JSON.stringify(budget)}`,
        );
    }
  }
  if (budget !== undefined && !stringsOf(validation['question-11']).some((t) => BUDGET[lang].test(t)))
    found.push(`${where}: budget-amount is set but question 11 does not state the budget`);

  for (const [item, value] of Object.entries(events)) {
    if (value === null || typeof value !== 'object') continue;
    const date = (value as { date?: unknown }).date;
    if (typeof date !== 'string' || date === '') continue;
    const relative = stringsOf(value).find((t) => t !== date && RELATIVE_TIME[lang].test(t));
    if (relative)
      found.push(`${where}: ${item} is dated ${date} but described relative to today: "${relative}"`);
  }
  for (const text of [study.title, study.summary, study.notes, ...stringsOf(study.answers)]) {
    const dated = /\b\d{4}-\d{2}-\d{2}\b/.exec(text);
    if (dated && RELATIVE_TIME[lang].test(text))
      found.push(`${where}: "${text}" mixes the date ${dated[0]} with relative time`);
  }
  return found;
}
