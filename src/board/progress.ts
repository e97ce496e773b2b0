// How far a deal has come, stage by stage, by the gates the tools themselves
// apply: one pure function per stage over the tool's own logic (never a second
// copy of a rule), used by the board, the printed summary and any other view.
//
// Each stage is "not started" (its tool holds no answer), "in progress" with
// n of m checks of its gate met, or "done" when the gate is met. A warning or a
// conflict that stands is one more check not met, so a stage with one never
// reads as done, and n of m never reads as complete while it stands.
import type { Answer, ToolAnswers, ToolId } from '../deals/schema';
import { closeReadiness, type CloseReadiness } from '../tools/close/logic';
import type { CloseDefinition } from '../tools/close/definition';
import { demoStatus, type DemoStatus } from '../tools/demo/logic';
import type { DemoDefinition } from '../tools/demo/definition';
import { pickedEvents } from '../tools/events/logic';
import { eventWarnings, type EventWarning } from '../tools/events/warnings';
import { implementationProgress, type ImplementationProgress } from '../tools/implementation/logic';
import { negotiationStatus, type NegotiationStatus } from '../tools/negotiation/logic';
import type { NegotiationDefinition } from '../tools/negotiation/definition';
import {
  allItems,
  countPickedEvents,
  isAnswered,
  isAsked,
  scoreQualification,
  type Qualification,
} from '../tools/qualification/logic';
import { validationSummary, type ValidationShape, type ValidationSummary } from '../tools/validation/logic';
import { STAGE_TOOLS, toolHasAnswers } from './stage-tools';

/** What the stage functions read of the tools' data (content/tools/*.json), as the tools read it. */
export interface ProgressDefinitions {
  /** content/tools/qualification.json's `factors` and `rules`. */
  qualificationRules: Parameters<typeof scoreQualification>[1];
  /** The events, in order; `ours` marks the event we create (it never counts alone). */
  events: readonly { id: string; ours?: boolean | undefined }[];
  validation: ValidationShape;
  demo: Pick<DemoDefinition, 'groups' | 'readiness' | 'attendees' | 'sums' | 'outcome'>;
  negotiation: Pick<NegotiationDefinition, 'steps' | 'fields' | 'rules'>;
  close: Pick<CloseDefinition, 'items' | 'conflicts'>;
  /** The steps, with which ones the process lets a customer skip. */
  implementation: Parameters<typeof implementationProgress>[1];
}

export type StageState = 'not-started' | 'in-progress' | 'done';

interface Gate {
  /** Checks of the stage's gate that are met. */
  met: number;
  /** Checks of the gate, including one for each warning or conflict that stands. */
  total: number;
}

interface StageBase extends Gate {
  /** 1–7, the stage's place in content/stages.json. */
  stage: number;
  state: StageState;
}

/** Each stage with what its tool's own logic says, so a view shows the tool's figures, not new ones. */
export type StageProgress = StageBase &
  (
    | { tool: 'qualification'; detail: Qualification & { asked: number; answered: number } }
    | { tool: 'events'; detail: { picked: string[]; warnings: EventWarning[] } }
    | { tool: 'validation'; detail: ValidationSummary }
    | { tool: 'demo'; detail: DemoStatus }
    | { tool: 'negotiation'; detail: NegotiationStatus }
    | { tool: 'close'; detail: CloseReadiness }
    | { tool: 'implementation'; detail: ImplementationProgress }
  );

type Detail<T extends ToolId> = Extract<StageProgress, { tool: T }>['detail'];
type Tools = Readonly<Record<string, Readonly<Record<string, Answer>> | undefined>>;

/** Stage 1: every question asked is answered, and the verdict is "pursue". */
export function qualificationGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'qualificationRules'>,
): Gate & { detail: Detail<'qualification'> } {
  const own = answers.qualification ?? {};
  const rules = defs.qualificationRules;
  // The same context as the scorecard on the stage 1 page, so both show one verdict.
  const result = scoreQualification(own, rules, { compellingEvents: countPickedEvents(answers.events) });
  const asked = allItems(rules).filter((item) => isAsked(item, own, rules) !== false);
  const answered = asked.filter((item) => isAnswered(item, own[item.id])).length;
  const pursue = result.verdict === 'pursue' ? 1 : 0;
  return {
    met: answered + pursue,
    total: asked.length + 1,
    detail: { ...result, asked: asked.length, answered },
  };
}

/** Stage 2: one of the customer's own events picked, each picked event with evidence and not past. */
export function eventsGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'events'>,
  today: string,
): Gate & { detail: Detail<'events'> } {
  const own = answers.events ?? {};
  const picked = pickedEvents(own, defs.events);
  const warnings = eventWarnings(own, today, defs.events);
  const ownEvent = warnings.some((w) => w.kind === 'none' || w.kind === 'only-ours') ? 0 : 1;
  const flagged = new Set(warnings.flatMap((w) => ('id' in w ? [w.id] : [])));
  return {
    met: ownEvent + picked.filter((id) => !flagged.has(id)).length,
    total: 1 + picked.length,
    detail: { picked, warnings },
  };
}

/** Stage 3: the validation tool's "ready for the demo": questions confirmed, required fields, the plan. */
export function validationGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'validation'>,
): Gate & { detail: Detail<'validation'> } {
  const summary = validationSummary(answers, defs.validation);
  const required = defs.validation.fields.filter((f) => f.required === true).length;
  const plan = summary.price.planNeeded ? 1 : 0;
  return {
    met:
      summary.counts.confirmed +
      (required - summary.missingFields.length) +
      (plan === 1 && !summary.price.planMissing ? 1 : 0),
    total: summary.counts.total + required + plan,
    detail: summary,
  };
}

/** Stage 4: every check done, the attendees known, both sums worked out, a successful demo with its date. */
export function demoGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'demo'>,
): Gate & { detail: Detail<'demo'> } {
  const status = demoStatus(answers.demo ?? {}, defs.demo);
  const attendees = !status.readiness.needAttendees && status.readiness.incomplete.length === 0;
  const sums = status.sums.missing.length === 0;
  const outcome = status.outcome.outcome === 'successful' && !status.outcomeUndated;
  return {
    met: status.done + [attendees, sums, outcome].filter(Boolean).length,
    total: status.total + 3,
    detail: status,
  };
}

/** Stage 5: every step done, and no warning of the tracker standing. */
export function negotiationGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'negotiation'>,
  today: string,
): Gate & { detail: Detail<'negotiation'> } {
  const status = negotiationStatus(answers.negotiation ?? {}, defs.negotiation, today);
  return { met: status.done, total: status.total + status.warnings.length, detail: status };
}

/** Stage 6: the close tool's "ready to close": all conditions met with evidence, no conflict. */
export function closeGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'close'>,
): Gate & { detail: Detail<'close'> } {
  const result = closeReadiness(answers, defs.close);
  return { met: result.met, total: result.total + result.conflicts.length, detail: result };
}

/** Stage 7: every implementation step done with its date, or marked not applicable where the process allows it. */
export function implementationGate(
  answers: ToolAnswers,
  defs: Pick<ProgressDefinitions, 'implementation'>,
): Gate & { detail: Detail<'implementation'> } {
  const progress = implementationProgress(answers.implementation ?? {}, defs.implementation);
  return {
    met: progress.done - progress.undated.length + progress.notApplicable.length,
    total: progress.total,
    detail: progress,
  };
}

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
  const started = toolHasAnswers((answers as Tools)[tool]);
  const state: StageState = !started ? 'not-started' : gate.met === gate.total ? 'done' : 'in-progress';
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
