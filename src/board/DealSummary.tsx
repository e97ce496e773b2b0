// A printable summary of one deal: customer, the stage reached, every stage with
// its state and what its tool holds, and the next steps: the open items of the
// first stage not done. Every figure comes from the tools' own logic through
// progress.ts, as on the board, so the summary never disagrees with a tool.
import type { Deal } from '../deals/schema';
import type { DealSummary as Summary, SummaryDefinitions } from './summary';
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import { absoluteTime } from '../shared/time-text';
import { stageOf } from './progress';
import { reachedText } from './StageProgress';
import { openItems } from './summary-next';
import type { SummaryLabels } from './summary-labels';
import { SummaryStages } from './SummaryStages';

export type { LabelledId, SummaryLabels } from './summary-labels';

/** At most this many open items under the next step; the rest are counted. */
const MAX_OPEN = 6;

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
  const { progress } = summary;
  const stopped = stageOf(progress, 'qualification')?.detail.verdict === 'do-not-pursue';
  const next = progress.next;
  const nextStage = next ? stages[next.stage - 1] : undefined;
  const open = next ? openItems(next, deal.answers, t, labels, lang) : [];

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
          <dd data-summary="reached">{reachedText(t, progress, stages)}</dd>
        </div>
        <div>
          <dt>{t.summaryPrinted}</dt>
          <dd>{absoluteTime(now.toISOString(), lang)}</dd>
        </div>
      </dl>

      <SummaryStages
        lang={lang}
        t={t}
        deal={deal}
        progress={progress}
        definitions={definitions}
        labels={labels}
        stages={stages}
      />

      <section class="pb-summary-next-steps" aria-labelledby="deal-summary-next">
        <h3 id="deal-summary-next">{t.summaryNext}</h3>
        <ul class="pb-summary-next">
          {stopped ? (
            <li>{t.summaryStop}</li>
          ) : next && nextStage ? (
            <>
              <li>
                <a href={localePath(lang, `/process/${nextStage.id}/#tool`)}>
                  {fill(t.summaryNextStage, { n: next.stage, title: nextStage.title })}
                </a>
              </li>
              {open.slice(0, MAX_OPEN).map((item) => (
                <li key={item}>{item}</li>
              ))}
              {open.length > MAX_OPEN && <li>{fill(t.summaryMore, { n: open.length - MAX_OPEN })}</li>}
            </>
          ) : (
            <li>{t.summaryAllStages}</li>
          )}
        </ul>
      </section>
    </section>
  );
}
