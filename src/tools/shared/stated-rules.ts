// A tool's stated rules, ready to print on its stage page: placeholders filled from the
// tool's own rule data, and each rule's origin (company process or team practice) named.
import origins from '../../../content/rules.json';
import type { Lang } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import type { RuleOrigin, StatedRule } from '../../shared/schema';

export interface RuleLine {
  id: string;
  origin: RuleOrigin;
  /** "Company process" or "Team practice", in the page's language. */
  originLabel: string;
  anchor: string;
  text: string;
}

/** The values each rule's placeholders take, by rule id (figures from the tool's logic data). */
export type RuleValues = Readonly<
  Record<string, Readonly<Record<string, string | number | Readonly<Record<Lang, string>>>>>
>;

/**
 * The rules in the page's language. A placeholder left unfilled is a rule whose figures the
 * tool does not hold: it throws, so the build fails rather than print a guess.
 */
export function ruleLines(rules: readonly StatedRule[], values: RuleValues, lang: Lang): RuleLine[] {
  return rules.map((rule) => {
    const given = Object.entries(values[rule.id] ?? {}).map(([key, value]) => [
      key,
      typeof value === 'object' ? value[lang] : value,
    ]);
    const text = fill(rule.text[lang], Object.fromEntries(given) as Record<string, string | number>);
    const left = /\{\w+\}/.exec(text);
    if (left) throw new Error(`rule "${rule.id}": no value for ${left[0]}`);
    return {
      id: rule.id,
      origin: rule.origin,
      originLabel: origins.origins[rule.origin][lang],
      anchor: rule.anchor,
      text,
    };
  });
}

/** The legend that says what the two origins mean. */
export function originLegend(lang: Lang): string {
  return origins.legend[lang];
}
