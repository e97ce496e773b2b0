// How far a deal has come, stage by stage, by the gates the tools themselves
// apply: one pure function per stage over the tool's own logic (never a second
// copy of a rule), used by the board, the printed summary and any other view.
//
// Each stage is "not started" (its tool holds no answer), "in progress" with
// n of m checks of its gate met, or "done" when the gate is met. A warning or a
// conflict that stands is one more check not met, so a stage with one never
// reads as done, and n of m never reads as complete while it stands.
import type { Answer, ToolAnswers, ToolId } from '../deals/schema';
import {
  closeGate,
  demoGate,
  eventsGate,
  implementationGate,
  negotiationGate,
  qualificationGate,
  validationGate,
  type GateDefinitions,
} from '../tools/gates';
import { stateOf, type Gate, type StageState } from '../tools/shared/stage-state';
import { STAGE_TOOLS } from './stage-tools';

export type { StageState } from '../tools/shared/stage-state';

/** What the stage functions read of the tools' data (content/tools/*.json), as the tools read it. */
export type ProgressDefinitions = GateDefinitions;

interface StageBase extends Gate {
  /** 1–7, the stage's place in content/stages.json. */
  stage: number;
  state: StageState;
}

/** Each stage with what its tool's own logic says, so a view shows the tool's figures, not new ones. */
export type StageProgress = StageBase &
  (
    | { tool: 'qualification'; detail: ReturnType<typeof qualificationGate>['detail'] }
    | { tool: 'events'; detail: ReturnType<typeof eventsGate>['detail'] }
    | { tool: 'validation'; detail: ReturnType<typeof validationGate>['detail'] }
    | { tool: 'demo'; detail: ReturnType<typeof demoGate>['detail'] }
    | { tool: 'negotiation'; detail: ReturnType<typeof negotiationGate>['detail'] }
    | { tool: 'close'; detail: ReturnType<typeof closeGate>['detail'] }
    | { tool: 'implementation'; detail: ReturnType<typeof implementationGate>['detail'] }
  );

type Tools = Readonly<Record<string, Readonly<Record<string, Answer>> | undefined>>;

function gateOf(tool: ToolId, answers: ToolAnswers, defs: ProgressDefinitions, today: string) {
  switch (tool) {
    case 'qualification':
      return { tool, ...qualificationGate(answers, defs) };
    case 'events':
      return { tool, ...eventsGate(answers, defs, today) };
    case 'validation':
      return { tool, ...validationGate(answers, defs) };
    case 'demo':
      return { tool, ...demoGate(answers, defs) };
    case 'negotiation':
      return { tool, ...negotiationGate(answers, defs, today) };
    case 'close':
      return { tool, ...closeGate(answers, defs) };
    case 'implementation':
      return { tool, ...implementationGate(answers, defs) };
  }
}

/** One stage (1–7) of a deal. `today` is the rep's local date, YYYY-MM-DD (events and close dates pass). */
export function stageProgress(
  stage: number,
  answers: ToolAnswers,
  defs: ProgressDefinitions,
  today: string,
): StageProgress {
  const tool = STAGE_TOOLS[stage - 1];
  if (tool === undefined) throw new RangeError(`no stage ${stage}`);
  const gate = gateOf(tool, answers, defs, today);
  const state: StageState = stateOf(gate, (answers as Tools)[tool]);
  return { stage, state, ...gate };
}

export interface DealProgress {
  /** The seven stages, in order. */
  stages: StageProgress[];
  /** The last stage of the unbroken run of stages done from stage 1 (0 when stage 1 is not done). */
  reached: number;
  /** The first stage not done, where the work goes on; null when all are done. */
  next: StageProgress | null;
}

export function dealProgress(answers: ToolAnswers, defs: ProgressDefinitions, today: string): DealProgress {
  const stages = STAGE_TOOLS.map((_, index) => stageProgress(index + 1, answers, defs, today));
  const next = stages.find((s) => s.state !== 'done') ?? null;
  return { stages, reached: next === null ? stages.length : next.stage - 1, next };
}

/** The stage of a deal's progress that has this tool, with its tool's detail typed. */
export function stageOf<T extends ToolId>(
  progress: DealProgress,
  tool: T,
): Extract<StageProgress, { tool: T }> | undefined {
  return progress.stages.find((s): s is Extract<StageProgress, { tool: T }> => s.tool === tool);
}
