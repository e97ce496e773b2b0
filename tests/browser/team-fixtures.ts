// Real-looking team data for the team view's browser tests: 30 export files (one of
// them damaged, one from a newer version of the site, one holding an older copy of a
// deal another file holds) and 5 share links (one cut short), plus a class of ten
// participants on a case study. Expected figures come from the board's own summary.
import { readFileSync } from 'node:fs';
import { localizeValue } from '../../src/board/case-studies';
import { caseDealId } from '../../src/team/case-marker';
import type { Deal, ToolAnswers } from '../../src/deals/schema';
import { summarizeDeal, type SummaryDefinitions } from '../../src/board/summary';
import type { Lang } from '../../src/i18n/lang';
import { packDeal } from '../../src/share/pack';
import { exportDeals } from '../../src/storage/export-import';
import { STORAGE_VERSION } from '../../src/storage/keys';

/** A content file, typed as the site's build reads it (its schema checks these files). */
const json = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;
const { cases } = json<{
  cases: { id: string; name: Record<Lang, string>; customer: Record<Lang, string>; answers: unknown }[];
}>('content/case-studies/cases.json');
export const teamText = json<{ text: Record<string, Record<Lang, string>> }>('content/team.json').text;

/** The progress functions' shapes, read from the tools' data as the site's build reads it (Playwright cannot import JSON modules). */
type Defs = SummaryDefinitions;
const tool = <T>(id: string) => json<T>(`content/tools/${id}.json`);
const q = tool<Defs['qualificationRules']>('qualification');
const ev = tool<{ items: Defs['events'] }>('events');
const v = tool<Defs['validation']>('validation');
const demo = tool<Defs['demo']>('demo');
const neg = tool<Defs['negotiation']>('negotiation');
const cl = tool<Defs['close']>('close');
const impl = tool<{ items: Defs['implementation'] }>('implementation');
const qualification = q;
export const definitions: SummaryDefinitions = {
  qualificationRules: { factors: q.factors, rules: q.rules },
  events: ev.items,
  validation: { questions: v.questions, fields: v.fields, rules: v.rules },
  demo: {
    groups: demo.groups,
    readiness: demo.readiness,
    attendees: demo.attendees,
    sums: demo.sums,
    outcome: demo.outcome,
  },
  negotiation: { steps: neg.steps, fields: neg.fields, rules: neg.rules },
  close: { items: cl.items, conflicts: cl.conflicts },
  implementation: impl.items,
};

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ymd = (ms: number) => iso(ms).slice(0, 10);

/** One answer per stage, so a deal's stage is the number of stages given. */
function answersUpTo(stage: number, now: number, pursue: boolean): ToolAnswers {
  const answers: ToolAnswers = {};
  if (pursue)
    answers.qualification = {
      headcount: 80,
      revenue: 5000,
      'gross-profit': 800,
      ownership: 'private-chairman-gm',
      'business-type': 'distribution',
      traits: ['frequent-transactions'],
      software: ['finance'],
      branches: 'yes',
      'purchase-plan': 'yes',
    };
  else if (stage >= 1) answers.qualification = { headcount: 30 };
  if (stage >= 2)
    answers.events = {
      'event-1': { picked: true, evidence: '扩张', owner: '', date: ymd(now + 10 * DAY), talkingPoint: '' },
    };
  if (stage >= 3) answers.validation = { 'question-1': { answer: '进销存', status: 'confirmed' } };
  if (stage >= 4) answers.demo = { 'demo-date': ymd(now + 5 * DAY) };
  if (stage >= 5) answers.negotiation = { 'close-date': ymd(now + 20 * DAY) };
  if (stage >= 6) answers.close = { 'condition-1': { holds: true, evidence: '会议纪要' } };
  if (stage >= 7) answers.implementation = { 'step-1': { done: true, date: ymd(now - 2 * DAY) } };
  return answers;
}

function deal(id: string, name: string, customer: string, answers: ToolAnswers, updatedAt: number): Deal {
  return {
    id,
    name,
    customer,
    createdAt: iso(updatedAt - 30 * DAY),
    updatedAt: iso(updatedAt),
    answers,
    notes: '',
    rev: 3,
  };
}

const CUSTOMERS = [
  '鑫达建材',
  '锦绣服饰',
  '华建五金',
  '顺丰粮油',
  '东方电器',
  '利民医药',
  '宏远物流',
  '金诚汽配',
];

/** The class: ten participants' deals made from one case study, three and two of them disagreeing. */
export function classDeals(lang: Lang, now: number): Deal[] {
  const study = cases.find((c) => c.id === 'building-materials-distributor')!;
  return Array.from({ length: 10 }, (_, i) => {
    const answers = structuredClone(localizeValue(study.answers, lang)) as ToolAnswers;
    if (i < 3) answers.qualification!['ownership'] = 'private-family';
    if (i >= 3 && i < 5)
      answers.events!['event-6'] = { picked: false, evidence: '', owner: '', date: '', talkingPoint: '' };
    const id = caseDealId(study.id);
    return deal(
      id,
      `${lang === 'en' ? 'Trainee' : '学员'} ${String(i + 1).padStart(2, '0')}`,
      study.customer[lang],
      answers,
      now - i * 3600_000,
    );
  });
}

export interface TeamFixture {
  files: { name: string; mimeType: string; buffer: Buffer }[];
  links: string[];
  /** The deals the view should hold: every good source's deals, each id once (newest copy). */
  deals: Deal[];
  participants: Deal[];
  dupes: number;
  badFiles: string[];
  badLinks: number;
}

export async function teamFixture(lang: Lang, origin: string, now = Date.now()): Promise<TeamFixture> {
  const files: TeamFixture['files'] = [];
  const file = (name: string, text: string) =>
    files.push({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const byId = new Map<string, Deal>();
  const add = (d: Deal) => {
    const seen = byId.get(d.id);
    if (!seen || seen.updatedAt < d.updatedAt) byId.set(d.id, d);
  };

  // 16 reps, each exporting all their deals (1 to 8), stages and verdicts spread out.
  let n = 0;
  for (let rep = 1; rep <= 16; rep++) {
    const list = Array.from({ length: 1 + (rep % 8) }, () => {
      n++;
      const stage = n % 8;
      const staleDays = n % 5 === 0 ? 20 : n % 3;
      return deal(
        `rep${rep}deal${n}`,
        `${CUSTOMERS[n % CUSTOMERS.length]} ${lang === 'en' ? 'deal' : '项目'} ${n}`,
        CUSTOMERS[n % CUSTOMERS.length]!,
        answersUpTo(stage, now, n % 3 === 0),
        now - staleDays * DAY - n * 60_000,
      );
    });
    list.forEach(add);
    file(`rep-${rep}-sales-playbook-deals.json`, exportDeals(list, new Date(now)));
  }
  // A deal named to run a formula, in a one-deal export.
  const formula = deal('formula01', '=1+1', '@公司', answersUpTo(2, now, false), now - DAY);
  add(formula);
  file('sales-playbook-deal-formula.json', exportDeals([formula], new Date(now)));
  // The class: ten participants, one-deal exports each.
  const participants = classDeals(lang, now);
  participants.forEach((d, i) => {
    add(d);
    file(`trainee-${i + 1}.json`, exportDeals([d], new Date(now)));
  });
  // An older copy of rep 1's first deal: loaded, but the newer copy wins.
  const first = byId.get('rep1deal1')!;
  file(
    'rep-1-last-week.json',
    exportDeals(
      [{ ...first, name: `${first.name} (old)`, updatedAt: iso(Date.parse(first.updatedAt) - 7 * DAY) }],
      new Date(now),
    ),
  );
  let dupes = 1;
  // Damaged and newer-version files: named and skipped.
  file('damaged.json', exportDeals([first], new Date(now)).slice(0, 200));
  file(
    'from-newer-site.json',
    JSON.stringify({
      format: 'sales-playbook-deals',
      version: STORAGE_VERSION + 1,
      exportedAt: iso(now),
      deals: [],
    }),
  );

  // 5 share links: three new deals, one the same deal as a file's (older copy), one cut short.
  const links: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const shared = deal(
      `shared${i}`,
      `${lang === 'en' ? 'Shared deal' : '分享的交易'} ${i}`,
      CUSTOMERS[i]!,
      answersUpTo(i + 3, now, true),
      now - i * DAY,
    );
    add(shared);
    const packed = await packDeal(shared);
    if (!packed.ok) throw new Error('too large');
    links.push(`${origin}${lang === 'en' ? '/en' : ''}/deals/#${packed.fragment}`);
  }
  const older = await packDeal({ ...byId.get('rep2deal3')!, updatedAt: iso(now - 60 * DAY) });
  if (!older.ok) throw new Error('too large');
  links.push(`${origin}/deals/#${older.fragment}`);
  dupes++;
  links.push(links[0]!.slice(0, -20));

  return {
    files,
    links,
    deals: [...byId.values()],
    participants,
    dupes,
    badFiles: ['damaged.json', 'from-newer-site.json'],
    badLinks: 1,
  };
}

/** Stage-reached and verdict counts, as the board's summary gives them. */
export function expectedFigures(deals: readonly Deal[]) {
  const summaries = deals.map((d) => summarizeDeal(d, definitions));
  return {
    funnel: [1, 2, 3, 4, 5, 6, 7].map((stage) => summaries.filter((s) => s.stageReached >= stage).length),
    verdicts: (['pursue', 'nurture', 'do-not-pursue', 'incomplete'] as const).map(
      (v) => summaries.filter((s) => s.verdict === v).length,
    ),
  };
}

/** The label of the qualification option with this id, as the review names the answer. */
export function qualificationOption(id: string, lang: Lang): string {
  const walk = (value: unknown): string | undefined => {
    if (Array.isArray(value)) return value.map(walk).find((found) => found !== undefined);
    if (value === null || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    const label = record['label'] as Record<Lang, string> | undefined;
    if (record['id'] === id && label) return label[lang];
    return Object.values(record)
      .map(walk)
      .find((found) => found !== undefined);
  };
  return walk(qualification)!;
}
