// The current deal's status for one stage, worded as the deal board words it, for the link
// at the top of the stage page (src/components/StageTop.astro). The deal's name is shortened
// so that the state always shows; the full name then goes to the title.
import type { Deal, ToolAnswers, ToolId } from '../../deals/schema';
import { fill } from '../../shared/fill';
import { stateOf, stateText, type Gate, type StageState, type StateStrings } from './stage-state';

/** How wide a deal's name may be before it is shortened with "…": a Chinese character counts 2, a Latin letter 1. */
export const STATUS_NAME_WIDTH = 16;

// East Asian wide and full-width characters: Hangul Jamo, CJK and its punctuation, Hangul, full-width forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** A name cut to `width` (in half-width characters, "…" included), whole code points only. */
export function shortName(name: string, width: number): string {
  const widthOf = (char: string) => (WIDE.test(char) ? 2 : 1);
  const chars = [...name];
  if (chars.reduce((sum, char) => sum + widthOf(char), 0) <= width) return name;
  let used = 1; // the "…"
  let kept = '';
  for (const char of chars) {
    if (used + widthOf(char) > width) break;
    used += widthOf(char);
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

export interface StatusStrings extends StateStrings {
  /** Template: {deal}, {state}. */
  stageStatus: string;
  /** The name of a deal whose name is empty. */
  untitled: string;
}

export interface StageStatus {
  state: StageState;
  text: string;
  /** The deal's full name when the text shortens it. */
  title: string | undefined;
}

export function stageStatus(
  deal: Pick<Deal, 'name' | 'answers'>,
  tool: ToolId,
  gate: (answers: ToolAnswers) => Gate,
  t: StatusStrings,
): StageStatus {
  const result = gate(deal.answers);
  const state = stateOf(result, deal.answers[tool]);
  const name = deal.name.trim() || t.untitled;
  const short = shortName(name, STATUS_NAME_WIDTH);
  return {
    state,
    text: fill(t.stageStatus, { deal: short, state: stateText(t, { ...result, state }) }),
    title: short === name ? undefined : name,
  };
}
