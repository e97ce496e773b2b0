// The gate of each stage, by its tool's own logic: how many of the checks that let a deal
// go on from the stage are met, out of how many. One function per stage, so a page that
// shows one stage (its tool, the status at its top) loads that stage's logic only; the
// board composes all seven (src/board/progress.ts).
import type { ToolAnswers } from '../deals/schema';
import { closeReadiness, type CloseReadiness } from './close/logic';
import type { CloseDefinition } from './close/definition';
import { demoStatus, type DemoStatus } from './demo/logic';
import type { DemoDefinition } from './demo/definition';
import { pickedEvents } from './events/logic';
import { eventWarnings, type EventWarning } from './events/warnings';
import { implementationProgress, type ImplementationProgress } from './implementation/logic';
import { negotiationStatus, type NegotiationStatus } from './negotiation/logic';
import type { NegotiationDefinition } from './negotiation/definition';
import {
  allItems,
  countPickedEvents,
  isAnswered,
  isAsked,
  scoreQualification,
  type Qualification,
} from './qualification/logic';
import { validationSummary, type ValidationShape, type ValidationSummary } from './validation/logic';
import type { Gate } from './shared/stage-state';

/** What the gate functions read of the tools' data (content/tools/*.json), as the tools read it. */
export interface GateDefinitions {
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

/** Stage 1: every question asked is answered, and the verdict is "pursue". */
export function qualificationGate(
  answers: ToolAnswers,
  defs: Pick<GateDefinitions, 'qualificationRules'>,
): Gate & { detail: Qualification & { asked: number; answered: number } } {
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
  defs: Pick<GateDefinitions, 'events'>,
  today: string,
): Gate & { detail: { picked: string[]; warnings: EventWarning[] } } {
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
  defs: Pick<GateDefinitions, 'validation'>,
): Gate & { detail: ValidationSummary } {
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
  defs: Pick<GateDefinitions, 'demo'>,
): Gate & { detail: DemoStatus } {
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
  defs: Pick<GateDefinitions, 'negotiation'>,
  today: string,
): Gate & { detail: NegotiationStatus } {
  const status = negotiationStatus(answers.negotiation ?? {}, defs.negotiation, today);
  return { met: status.done, total: status.total + status.warnings.length, detail: status };
}

/** Stage 6: the close tool's "ready to close": all conditions met with evidence, no conflict. */
export function closeGate(
  answers: ToolAnswers,
  defs: Pick<GateDefinitions, 'close'>,
): Gate & { detail: CloseReadiness } {
  const result = closeReadiness(answers, defs.close);
  return { met: result.met, total: result.total + result.conflicts.length, detail: result };
}

/** Stage 7: every implementation step done with its date, or marked not applicable where the process allows it. */
export function implementationGate(
  answers: ToolAnswers,
  defs: Pick<GateDefinitions, 'implementation'>,
): Gate & { detail: ImplementationProgress } {
  const progress = implementationProgress(answers.implementation ?? {}, defs.implementation);
  return {
    met: progress.done - progress.undated.length + progress.notApplicable.length,
    total: progress.total,
    detail: progress,
  };
}
