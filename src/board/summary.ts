// One line of the deal board: how far a deal has come, from its answers. The
// numbers come from the tools' own pure logic (through progress.ts), so the
// board can never disagree with what a tool shows on its stage page.
import type { Deal, ToolAnswers } from '../deals/schema';
import type { Verdict as QualificationVerdict } from '../tools/qualification/logic';
import { localDate } from '../shared/local-date';
import { dealProgress, stageOf, type DealProgress, type ProgressDefinitions } from './progress';

export type Verdict = QualificationVerdict;

/** What the summary needs from the tools' data (content/tools/*.json), parsed at build time. */
export type SummaryDefinitions = ProgressDefinitions;

export interface DealSummary {
  /** The last stage (1–7) of the unbroken run of stages whose gate is met; 0 when stage 1's is not. */
  stageReached: number;
  verdict: Verdict;
  eventCount: number;
  closeMet: number;
  closeTotal: number;
  /** Earlier answers that disagree with a ticked purchase condition. */
  closeConflicts: number;
  /** Ready to close: every condition met with evidence and no conflict standing (the close tool's own rule). */
  closeReady: boolean;
  /** Every stage's state (not started / in progress n of m / done). */
  progress: DealProgress;
  updatedAt: string;
}

/** The stage reached by the tools' gates (see `dealProgress`); `today` is the rep's local date, YYYY-MM-DD. */
export function stageReached(
  answers: ToolAnswers,
  defs: SummaryDefinitions,
  today: string = localDate(new Date()),
): number {
  return dealProgress(answers, defs, today).reached;
}

export function summarizeDeal(
  deal: Deal,
  defs: SummaryDefinitions,
  today: string = localDate(new Date()),
): DealSummary {
  const progress = dealProgress(deal.answers, defs, today);
  const close = stageOf(progress, 'close')?.detail;
  return {
    stageReached: progress.reached,
    verdict: stageOf(progress, 'qualification')?.detail.verdict ?? 'incomplete',
    eventCount: stageOf(progress, 'events')?.detail.picked.length ?? 0,
    closeMet: close?.met ?? 0,
    closeTotal: close?.total ?? 0,
    closeConflicts: close?.conflicts.length ?? 0,
    closeReady: close?.ready ?? false,
    progress,
    updatedAt: deal.updatedAt,
  };
}
