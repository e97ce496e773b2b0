/**
 * Quiz answers about a tool's rules agree with the tool's data: each question tagged with
 * `rules` names stated rules of its stage's tool; when those rules quote figures from the
 * data the tool computes with, every figure in the right answer is one of them (or, for a
 * low–high percentage share, that share of a figure the question gives, as the tools
 * compute it); and a team-practice rule is taught as such, a process rule never as practice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizDefinition, type QuizDefinition } from '../../src/quiz/definition';
import { ZH_NUMERALS as DIGITS } from '../support/number-words';
import { TOOL_RULES } from '../support/tool-rules';

const quizzes: QuizDefinition[] = readdirSync('content/quizzes')
  .filter((name) => name.endsWith('.json') && name !== 'text.json')
  .map((name) => quizDefinition.parse(JSON.parse(readFileSync(`content/quizzes/${name}`, 'utf8'))));

/** The numbers a text states, in digits or Chinese numerals up to 99 (十一 → 11, 十三 → 13). */
export function numbersIn(raw: string): number[] {
  // English amounts in 万 as the tools hold them: "RMB 20 million" is 2000, "RMB 90,000" is 9.
  const text = raw
    .replace(/(\d+(?:\.\d+)?) million/g, (_, n: string) => String(Number(n) * 100))
    .replace(/\d{1,3}(?:,\d{3})+/g, (n) => String(Number(n.replaceAll(',', '')) / 10000));
  const out: number[] = [];
  for (const m of text.matchAll(
    /\d+(?:\.\d+)?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]/g,
  )) {
    const s = m[0];
    if (/\d/.test(s)) out.push(Number(s));
    else if (s.includes('十')) {
      const [tens, ones] = s.split('十');
      out.push((tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0));
    } else out.push(DIGITS[s]!);
  }
  return out;
}

const PRACTICE = { zh: /团队的做法/, en: /team's practice/i };

const tagged = quizzes.flatMap((quiz) =>
  quiz.questions.filter((q) => q.rules).map((q) => [`${quiz.stage}: ${q.id}`, quiz.stage, q] as const),
);

describe('quiz answers about tool rules', () => {
  it('tag the questions that test a tool rule', () => {
    expect(tagged.length).toBeGreaterThanOrEqual(10);
  });

  it.each(tagged)('%s agrees with the tool', (_name, stage, question) => {
    const tool = TOOL_RULES.find((t) => t.stage === stage);
    expect(tool, `no tool on ${stage}`).toBeDefined();
    const rules = question.rules!.map((id) => tool!.statedRules.find((r) => r.id === id));
    expect(rules, `${question.rules!.join(', ')} are rules of ${tool!.tool}`).not.toContain(undefined);
    const practice = rules.some((r) => r!.origin === 'practice');
    // An amount is given in both languages' words ({zh: "2000", en: "RMB 20 million (2000万)"}): its figure counts.
    const figure = (v: number | { zh: string }) => (typeof v === 'object' ? Number(v.zh) : v);
    const values = rules.flatMap((r) => Object.values(tool!.values[r!.id] ?? {}).map(figure));
    const shares = rules.flatMap((r) => {
      const v = tool!.values[r!.id];
      return v && 'low' in v && 'high' in v ? [figure(v['low']), figure(v['high'])] : [];
    });
    for (const lang of ['zh', 'en'] as const) {
      if (values.length > 0) {
        const given = numbersIn(question.prompt[lang]);
        const allowed = new Set([
          ...values,
          ...given,
          ...given.flatMap((g) => shares.map((p) => (g * p) / 100)),
        ]);
        const answer = question.options.find((o) => o.id === question.answer)!.label[lang];
        for (const n of numbersIn(answer))
          expect(
            allowed.has(n),
            `${lang}: ${n} in “${answer}” is not a figure of ${question.rules!.join(', ')}`,
          ).toBe(true);
      }
      expect(PRACTICE[lang].test(question.explanation[lang]), `${lang}: taught as team practice?`).toBe(
        practice,
      );
    }
  });
});
