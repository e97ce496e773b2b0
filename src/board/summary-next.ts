// What is still open in a stage, as sentences for the printed summary's "next
// steps": read from the stage's own tool result (progress.ts), worded with the
// tool's own sentences where the tool has one. Pure: unit-tested.
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { reasonText } from '../tools/qualification/reason-text';
import { readStep as readImplementationStep } from '../tools/implementation/logic';
import { readStep as readNegotiationStep } from '../tools/negotiation/logic';
import { questionState, readQuestion } from '../tools/validation/logic';
import type { ToolAnswers } from '../deals/schema';
import type { BoardStrings } from './definition';
import type { StageProgress } from './progress';
import type { SummaryLabels } from './summary-labels';

export type NextStrings = Pick<
  BoardStrings,
  'summaryGap' | 'summaryConfirm' | 'summaryDo' | 'summaryEvidence' | 'summaryConditionOpen'
>;

/**
 * The open items of one stage, in the tool's order: what keeps its gate shut
 * (none for a stage that is done). `answers` are the deal's answers, read with
 * the tools' own readers where the stage's result does not list its items.
 */
export function openItems(
  stage: StageProgress,
  answers: ToolAnswers,
  t: NextStrings,
  labels: SummaryLabels,
  lang: Lang,
): string[] {
  if (stage.state === 'done') return [];
  const gap = (label: string) => fill(t.summaryGap, { label });
  const todo = (label: string) => fill(t.summaryDo, { label });
  const label = (map: Readonly<Record<string, string>>, id: string) => map[id] ?? id;
  switch (stage.tool) {
    case 'qualification': {
      const { detail } = stage;
      if (detail.gaps.length > 0) return detail.gaps.map((g) => gap(g.label[lang]));
      return detail.reasons.filter((r) => r.effect === 'unmet').map((r) => reasonText(r, lang));
    }
    case 'events': {
      const eventLabel = (id: string) => labels.events.find((e) => e.id === id)?.label ?? id;
      return stage.detail.warnings.map((w) => {
        if (w.kind === 'none') return labels.eventsText.none;
        if (w.kind === 'only-ours') return labels.eventsText.onlyOurs;
        if (w.kind === 'date-passed')
          return fill(labels.eventsText.datePassed, { event: eventLabel(w.id), date: w.date });
        return fill(t.summaryEvidence, { label: eventLabel(w.id) });
      });
    }
    case 'validation': {
      const { detail } = stage;
      const items = labels.questions.flatMap((q) => {
        const state = questionState(readQuestion(answers.validation?.[q.id]));
        if (state === 'confirmed') return [];
        return [state === 'unanswered' ? gap(q.label) : fill(t.summaryConfirm, { label: q.label })];
      });
      items.push(...detail.missingFields.map((id) => gap(label(labels.validation.fields, id))));
      if (detail.price.planMissing) items.push(gap(label(labels.validation.fields, 'persuasion-plan')));
      return items;
    }
    case 'demo': {
      const { detail } = stage;
      const d = labels.demo;
      const items = detail.groups.flatMap((g) => g.open.map((id) => todo(label(d.checks, id))));
      if (detail.readiness.needAttendees) items.push(gap(d.attendeesTitle));
      if (detail.readiness.incomplete.length > 0)
        items.push(fill(d.incompleteAttendees, { count: detail.readiness.incomplete.length }));
      items.push(...detail.sums.missing.map((id) => gap(label(d.figures, id))));
      if (detail.outcome.outcome !== 'successful') {
        const outcome =
          detail.outcome.outcome === '' ? d.outcomeUnset : label(d.outcomes, detail.outcome.outcome);
        items.push(fill(d.outcomeSummary, { outcome }));
      } else if (detail.outcomeUndated) items.push(d.outcomeUndated);
      return items;
    }
    case 'negotiation': {
      const n = labels.negotiation;
      const open = Object.keys(n.steps).filter((id) => !readNegotiationStep(answers.negotiation?.[id]).done);
      const warnings = stage.detail.warnings.map((w) => {
        if (w.kind === 'competitors-after-signing')
          return fill(n.warnCompetitors, { names: w.competitors.join(labels.separator) });
        if (w.kind === 'close-date-passed') return fill(n.warnCloseDate, { date: w.date });
        return fill(n.warnPayment, {
          fields: w.fields.map((id) => label(n.fields, id)).join(labels.separator),
        });
      });
      return [...open.map((id) => todo(label(n.steps, id))), ...warnings];
    }
    case 'close': {
      const conditionLabel = (id: string) => labels.conditions.find((c) => c.id === id)?.label ?? id;
      return [
        ...stage.detail.missing.map((id) => fill(t.summaryConditionOpen, { label: conditionLabel(id) })),
        ...stage.detail.conflicts.map((c) =>
          fill(label(labels.close.conflicts, c.id), { values: c.values.join(labels.separator) }),
        ),
      ];
    }
    case 'implementation': {
      const { detail } = stage;
      const i = labels.implementation;
      const open = Object.keys(i.steps).filter(
        (id) =>
          !readImplementationStep(answers.implementation?.[id]).done && !detail.notApplicable.includes(id),
      );
      return [
        ...open.map((id) => todo(label(i.steps, id))),
        ...(detail.undated.length > 0 ? [i.undated] : []),
      ];
    }
  }
}
