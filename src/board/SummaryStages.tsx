// The printed summary's seven stage sections: each stage's state, and what its
// tool holds, in the tool's own figures and words (progress.ts, summary-labels.ts).
import { readAmount, readText } from '../deals/answers';
import type { Answer, Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { attendeesOf } from '../tools/demo/logic';
import { amountText } from '../shared/money';
import { readEvent } from '../tools/events/logic';
import { readStep as readImplementationStep } from '../tools/implementation/logic';
import { readTrial } from '../tools/negotiation/logic';
import { fieldFilled, readQuestion } from '../tools/validation/logic';
import type { BoardStrings } from './definition';
import { VERDICT_KEY } from './format';
import type { DealProgress, ProgressDefinitions, StageProgress } from './progress';
import { StageState } from './StageProgress';
import { reasonText } from '../tools/qualification/reason-text';
import type { SummaryLabels } from './summary-labels';

interface Props {
  lang: Lang;
  t: BoardStrings;
  deal: Deal;
  progress: DealProgress;
  definitions: ProgressDefinitions;
  labels: SummaryLabels;
  stages: readonly { id: string; title: string }[];
}

/** "label：value" / "label: value". */
const pair = (lang: Lang, label: string, value: string) => `${label}${lang === 'zh' ? '：' : ': '}${value}`;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
/** A filled budget or people field: its text, or its amount. */
const fieldText = (value: Answer | undefined) => String(readAmount(value) ?? readText(value));

function StageBody(props: Props & { stage: StageProgress }) {
  const { lang, t, deal, labels, stage, definitions } = props;
  const sep = labels.separator;
  const a = deal.answers;
  switch (stage.tool) {
    case 'qualification': {
      const { detail } = stage;
      return (
        <>
          <p>
            {t.summaryVerdict}:{' '}
            <strong data-verdict={detail.verdict}>{t[VERDICT_KEY[detail.verdict]]}</strong>
          </p>
          {detail.reasons.length > 0 && (
            <ul class="pb-summary-reasons">
              {detail.reasons.map((reason) => (
                <li key={reason.id} data-effect={reason.effect}>
                  {reasonText(reason, lang)}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
    case 'events': {
      const picked = labels.events.filter((e) => stage.detail.picked.includes(e.id));
      if (picked.length === 0) return <p>{t.summaryNoEvents}</p>;
      return (
        <ul>
          {picked.map((e) => {
            const event = readEvent(a.events?.[e.id]);
            const parts = [event.evidence, event.owner, event.date].filter((p) => p.trim() !== '');
            return (
              <li key={e.id}>
                <strong>{e.label}</strong>
                {parts.map((p) => ` · ${p}`).join('')}
              </li>
            );
          })}
        </ul>
      );
    }
    case 'validation': {
      const { counts } = stage.detail;
      const v = labels.validation;
      const status = { confirmed: v.confirmed, assumed: v.assumed, '': v.unmarked };
      const answered = labels.questions
        .map((q) => ({ ...q, answer: readQuestion(a.validation?.[q.id]) }))
        .filter((q) => q.answer.answer.trim() !== '');
      const fields = definitions.validation.fields.filter((f) => fieldFilled(a.validation?.[f.id]));
      return (
        <>
          <p>
            {fill(v.counts, {
              confirmed: counts.confirmed,
              assumed: counts.assumed,
              unmarked: counts.unmarked,
              unanswered: counts.unanswered,
              total: counts.total,
            })}
          </p>
          {answered.length > 0 && (
            <ul>
              {answered.map((q) => (
                <li key={q.id}>
                  <strong>{q.label}</strong> {q.answer.answer} ({status[q.answer.status]})
                </li>
              ))}
            </ul>
          )}
          {fields.length > 0 && (
            <p>
              {fields
                .map((f) => pair(lang, v.fields[f.id] ?? f.id, fieldText(a.validation?.[f.id])))
                .join(lang === 'zh' ? '；' : '; ')}
            </p>
          )}
        </>
      );
    }
    case 'demo': {
      const { detail } = stage;
      const d = labels.demo;
      const people = attendeesOf(a.demo ?? {}, definitions.demo.attendees.idPrefix)
        .filter((p) => p.name.trim() !== '')
        .map((p) => {
          const role = [d.roles[p.role], p.decisionMaker ? d.decisionMaker : ''].filter(Boolean).join(sep);
          return role ? `${p.name.trim()} (${role})` : p.name.trim();
        });
      const figures = Object.entries(detail.sums.values).flatMap(([id, value]) =>
        value === null ? [] : [pair(lang, d.figures[id] ?? id, amountText(value, lang))],
      );
      const outcome =
        detail.outcome.outcome === '' ? d.outcomeUnset : (d.outcomes[detail.outcome.outcome] ?? '');
      return (
        <>
          <p>
            {fill(d.progress, { done: detail.done, total: detail.total })} ·{' '}
            {pair(lang, d.dateLabel, detail.outcome.date || '—')} · {fill(d.outcomeSummary, { outcome })}
          </p>
          {people.length > 0 && <p>{pair(lang, d.attendeesTitle, people.join(sep))}</p>}
          {figures.length > 0 && detail.sums.total !== null && (
            <p>
              {pair(lang, d.sumsTitle, figures.join(sep))} ·{' '}
              {fill(d.sumsTotal, { total: amountText(detail.sums.total, lang) })}
            </p>
          )}
        </>
      );
    }
    case 'negotiation': {
      const { detail } = stage;
      const n = labels.negotiation;
      const trial = readTrial(a.negotiation?.['trial-agreement']);
      const payment = ['payment-method', 'payment-terms']
        .map((id) => [id, text(a.negotiation?.[id])] as const)
        .filter(([, value]) => value !== '')
        .map(([id, value]) => pair(lang, n.fields[id] ?? id, value));
      return (
        <>
          <p>
            {fill(n.progress, { done: detail.done, total: detail.total })}
            {detail.next !== null && ` · ${n.next}${n.steps[detail.next] ?? detail.next}`}
          </p>
          <p>
            {fill(n.competitorsSummary, {
              names: detail.competitors.length > 0 ? detail.competitors.join(sep) : n.none,
            })}{' '}
            · {fill(n.closeDateSummary, { date: detail.closeDate || n.notSet })}
          </p>
          {(payment.length > 0 || trial.signed) && (
            <p>
              {[
                ...payment,
                ...(trial.signed ? [[n.trialSigned, trial.date].filter(Boolean).join(' ')] : []),
              ].join(' · ')}
            </p>
          )}
        </>
      );
    }
    case 'close': {
      const { detail } = stage;
      const c = labels.close;
      return (
        <p>
          {fill(c.progress, { met: detail.met, total: detail.total })} —{' '}
          <strong>{detail.ready ? c.ready : c.notReady}</strong>
          {detail.conflicts.length > 0 && ` · ${fill(t.closeConflicts, { n: detail.conflicts.length })}`}
        </p>
      );
    }
    case 'implementation': {
      const { detail } = stage;
      const i = labels.implementation;
      const done = Object.entries(i.steps).flatMap(([id, label]) => {
        const step = readImplementationStep(a.implementation?.[id]);
        return step.done ? [step.date ? `${label} (${step.date})` : label] : [];
      });
      return (
        <p>
          {fill(i.progress, { done: detail.done, total: detail.total })}
          {detail.notApplicable.length > 0 &&
            fill(t.summaryImplementationSkipped, {
              steps: detail.notApplicable.map((id) => i.steps[id] ?? id).join(sep),
            })}
          {done.length > 0 && ` · ${done.join(sep)}`}
        </p>
      );
    }
  }
}

export function SummaryStages(props: Props) {
  const { t, progress, stages } = props;
  return (
    <div class="pb-summary-stages">
      {progress.stages.map((stage) => (
        <section key={stage.stage} class="pb-summary-stage" data-stage={stage.stage} data-state={stage.state}>
          <h3>
            {fill(t.stageLink, { n: stage.stage, title: stages[stage.stage - 1]?.title ?? '' })}{' '}
            <StageState t={t} stage={stage} />
          </h3>
          {stage.state === 'not-started' ? (
            <p>{t.summaryNoAnswers}</p>
          ) : (
            <StageBody {...props} stage={stage} />
          )}
        </section>
      ))}
    </div>
  );
}
