// One line of the deal board: how far a deal has come, from its answers. The
// numbers come from the tools' own pure logic, so the board can never disagree
// with what a tool shows on its stage page.
import { closeReadiness } from '../tools/close/logic';
import { pickedEvents } from '../tools/events/logic';
import { implementationProgress } from '../tools/implementation/logic';
import { countPickedEvents, scoreQualification } from '../tools/qualification/logic';
import stagesData from '../../content/stages.json';
import type { Answer, Deal, ToolAnswers, ToolId } from '../deals/schema';
import { isToolId } from '../deals/constants';

/** The tools in stage order: stage n (1–7) is `STAGE_TOOLS[n - 1]`, the tool of the n-th entry of content/stages.json. */
export const STAGE_TOOLS: readonly ToolId[] = stagesData.stages.map(({ id, tool }) => {
  if (!isToolId(tool)) throw new Error(`content/stages.json: stage "${id}" names an unknown tool "${tool}"`);
  return tool;
});

export type Verdict = ReturnType<typeof scoreQualification>['verdict'];

/** What the summary needs from the tools' data (content/tools/*.json), parsed at build time. */
export interface SummaryDefinitions {
  /** content/tools/qualification.json's `factors` and `rules` (what `scoreQualification` reads). */
  qualificationRules: Parameters<typeof scoreQualification>[1];
  /** The events of content/tools/events.json (only their ids are used). */
  events: readonly { id: string }[];
  /** content/tools/close.json (its items and conflict rules). */
  close: Parameters<typeof closeReadiness>[1];
  /** The steps of content/tools/implementation.json (ids, and which may be marked not applicable). */
  implementation: Parameters<typeof implementationProgress>[1];
}

export interface DealSummary {
  /** The furthest stage (1–7) whose tool holds an answer; 0 when none does. */
  stageReached: number;
  verdict: Verdict;
  eventCount: number;
  closeMet: number;
  closeTotal: number;
  updatedAt: string;
}

/**
 * Whether an answer records something. An unticked box (`false`), an empty
 * text, list or record, and `null` do not: a rep who ticks a box and unticks
 * it again has not started that stage.
 */
export function hasAnswer(value: Answer | undefined): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === true) return true;
  if (Array.isArray(value)) return value.some((entry) => entry.trim() !== '');
  return Object.values(value).some((field) => hasAnswer(field));
}

/** Whether one tool's answers record anything at all. */
export function toolHasAnswers(answers: Readonly<Record<string, Answer>> | undefined): boolean {
  return answers !== undefined && Object.values(answers).some((value) => hasAnswer(value));
}

/** The furthest stage (1–7) whose tool holds an answer in these answers; 0 when none does. */
export function stageReached(answers: ToolAnswers): number {
  for (let stage = STAGE_TOOLS.length; stage >= 1; stage--) {
    const tool = STAGE_TOOLS[stage - 1];
    if (tool !== undefined && toolHasAnswers(answers[tool])) return stage;
  }
  return 0;
}

export function summarizeDeal(deal: Deal, defs: SummaryDefinitions): DealSummary {
  const close = closeReadiness(deal.answers, defs.close);
  return {
    stageReached: stageReached(deal.answers),
    // With the same context as the scorecard on the stage 1 page, so both show one verdict.
    verdict: scoreQualification(deal.answers.qualification ?? {}, defs.qualificationRules, {
      compellingEvents: countPickedEvents(deal.answers.events),
    }).verdict,
    eventCount: pickedEvents(deal.answers.events ?? {}, defs.events).length,
    closeMet: close.met,
    closeTotal: close.total,
    updatedAt: deal.updatedAt,
  };
}
