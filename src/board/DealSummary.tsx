// A one-page summary of one deal, for print: customer, verdict and reasons, the
// picked events, the validation answers, close readiness and the next steps. The
// numbers come from the tools' own pure logic, as on the board.
import type { Deal } from '../deals/schema';
import type { DealSummary as Summary, SummaryDefinitions } from './summary';
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import { closeReadiness } from '../tools/close/logic';
import { readEvent } from '../tools/events/logic';
import { implementationProgress } from '../tools/implementation/logic';
import { countPickedEvents, scoreQualification } from '../tools/qualification/logic';
import { reasonText } from '../tools/qualification/reason-text';
import { fill } from '../shared/fill';
import { questionCounts, readQuestion } from '../tools/validation/logic';
import type { BoardStrings } from './definition';
import { absoluteTime, VERDICT_KEY } from './format';

export interface LabelledId {
  id: string;
  label: string;
}

/** The tools' item labels in the page's language, for the summary. */
export interface SummaryLabels {
  events: readonly LabelledId[];
  questions: readonly LabelledId[];
  conditions: readonly LabelledId[];
  steps: readonly LabelledId[];
}

export interface DealSummaryProps {
  lang: Lang;
  t: BoardStrings;
  deal: Deal;
  summary: Summary;
  definitions: SummaryDefinitions;
  labels: SummaryLabels;
  stages: readonly { id: string; title: string }[];
  now: Date;
  onPrint: () => void;
  onClose: () => void;
}

export function DealSummary({
  lang,
  t,
  deal,
  summary,
  definitions,
  labels,
  stages,
  now,
  onPrint,
  onClose,
}: DealSummaryProps) {
  const name = deal.name.trim() || deal.customer.trim() || '—';
  const qualification = scoreQualification(deal.answers.qualification ?? {}, definitions.qualificationRules, {
    compellingEvents: countPickedEvents(deal.answers.events),
  });
  const eventAnswers = deal.answers.events ?? {};
  const picked = labels.events
    .map((event) => ({ ...event, answer: readEvent(eventAnswers[event.id]) }))
    .filter((event) => event.answer.picked);
  const validation = deal.answers.validation ?? {};
  const counts = questionCounts(validation, labels.questions);
  const answered = labels.questions
    .map((question) => ({ ...question, answer: readQuestion(validation[question.id]) }))
    .filter((question) => question.answer.answer.trim() !== '');
  const close = closeReadiness(deal.answers, definitions.close);
  const implementation = implementationProgress(
    deal.answers.implementation ?? {},
    definitions.implementation,
  );
  const stepLabel = (id: string) => labels.steps.find((s) => s.id === id)?.label ?? id;
  const conditionLabel = (id: string) => labels.conditions.find((c) => c.id === id)?.label ?? id;
  const next = stages[summary.stageReached];
  const stopped = qualification.verdict === 'do-not-pursue';

  return (
    <section class="pb-deal-summary" aria-labelledby="deal-summary-title" tabIndex={-1} id="deal-summary">
      <div class="pb-board-buttons pb-summary-actions">
        <button type="button" class="pb-button pb-primary" onClick={onPrint}>
          {t.summaryPrint}
        </button>
        <button type="button" class="pb-button" onClick={onClose}>
          {t.summaryClose2}
        </button>
      </div>
      <h2 id="deal-summary-title">{fill(t.summaryTitle, { name })}</h2>
      <dl class="pb-summary-facts">
        <div>
          <dt>{t.summaryCustomer}</dt>
          <dd>{deal.customer.trim() || t.noCustomer}</dd>
        </div>
        <div>
          <dt>{t.colStage}</dt>
          <dd>
            {summary.stageReached === 0
              ? t.stageNone
              : fill(t.stageValue, {
                  n: summary.stageReached,
                  title: stages[summary.stageReached - 1]?.title ?? '',
                })}
          </dd>
        </div>
        <div>
          <dt>{t.summaryPrinted}</dt>
          <dd>{absoluteTime(now.toISOString(), lang)}</dd>
        </div>
      </dl>

      <h3>
        {t.summaryVerdict}:{' '}
        <span data-verdict={qualification.verdict}>{t[VERDICT_KEY[qualification.verdict]]}</span>
      </h3>
      {qualification.reasons.length > 0 && (
        <ul class="pb-summary-reasons">
          {qualification.reasons.map((reason) => (
            <li key={reason.id} data-effect={reason.effect}>
              {reasonText(reason, lang)}
            </li>
          ))}
        </ul>
      )}

      <h3>
        {t.summaryEvents} ({picked.length})
      </h3>
      {picked.length === 0 ? (
        <p>{t.summaryNoEvents}</p>
      ) : (
        <ul>
          {picked.map((event) => (
            <li key={event.id}>
              <strong>{event.label}</strong>
              {[event.answer.evidence, event.answer.owner, event.answer.date]
                .filter((part) => part.trim() !== '')
                .map((part) => ` · ${part}`)
                .join('')}
            </li>
          ))}
        </ul>
      )}

      <h3>{t.summaryValidation}</h3>
      <p>
        {fill(t.summaryValidationCounts, {
          confirmed: counts.confirmed,
          assumed: counts.assumed,
          unanswered: counts.unanswered + counts.unmarked,
        })}
      </p>
      {answered.length > 0 && (
        <ul>
          {answered.map((question) => (
            <li key={question.id}>
              <strong>{question.label}</strong> {question.answer.answer}
              {question.answer.status !== '' &&
                ` (${question.answer.status === 'confirmed' ? t.summaryConfirmed : t.summaryAssumed})`}
            </li>
          ))}
        </ul>
      )}

      <h3>
        {t.summaryClose}: {fill(t.closeValue, { met: close.met, total: close.total })}
      </h3>

      <h3 data-implementation={implementation.complete ? 'complete' : 'open'}>
        {fill(t.summaryImplementation, { done: implementation.done, total: implementation.total })}
        {implementation.notApplicable.length > 0 &&
          fill(t.summaryImplementationSkipped, {
            steps: implementation.notApplicable.map(stepLabel).join(lang === 'zh' ? '、' : ', '),
          })}
      </h3>

      <h3>{t.summaryNext}</h3>
      <ul class="pb-summary-next">
        {stopped ? (
          <li>{t.summaryStop}</li>
        ) : (
          <>
            {next ? (
              <li>
                <a href={localePath(lang, `/process/${next.id}/#tool`)}>
                  {fill(t.summaryNextStage, { n: summary.stageReached + 1, title: next.title })}
                </a>
              </li>
            ) : (
              <li>{t.summaryAllStages}</li>
            )}
            {qualification.gaps.slice(0, 5).map((gap) => (
              <li key={gap.item}>{fill(t.summaryGap, { label: gap.label[lang] })}</li>
            ))}
            {summary.stageReached >= 5 &&
              close.missing.map((id) => (
                <li key={id}>{fill(t.summaryConditionOpen, { label: conditionLabel(id) })}</li>
              ))}
          </>
        )}
      </ul>
    </section>
  );
}
