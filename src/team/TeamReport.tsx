// The team view's report on the loaded deals: exports, the pipeline figures, the
// deals behind a figure, a deal's read-only summary and the class review. Loaded
// with the first deals, so the page starts without it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DealSummary } from '../board/DealSummary';
import { VERDICT_KEY } from '../board/format';
import { DATED_FIELDS } from '../calendar/fields';
import { itemPath } from '../calendar/dated-items';
import { ExportButtons } from '../calendar/ExportButtons';
import { duplicateDeal } from '../deals/operations';
import type { Deal } from '../deals/schema';
import { importDeals } from '../storage/index';
import { fill } from '../shared/fill';
import { BarChart, type ChartBar } from './BarChart';
import { ClassReviewView } from './ClassReviewView';
import { DealList, dealName } from './DealList';
import { pipeline } from './pipeline';
import type { TeamViewProps } from './props';
import { absoluteTime } from '../board/format';

export interface TeamReportProps extends TeamViewProps {
  deals: readonly Deal[];
}

/** Saves a copy of a loaded deal in the viewer's own workspace, as a new deal. */
function copyToMine(deal: Deal): { ok: true } | { ok: false; message: string } {
  const [result] = importDeals([duplicateDeal(deal, new Date(), { name: deal.name })]);
  return result?.ok === false ? { ok: false, message: result.message } : { ok: true };
}

export function TeamReport(props: TeamReportProps) {
  const { lang, text: t, boardText, stages, definitions, deals } = props;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the time of each new set of deals
  const now = useMemo(() => new Date(), [deals]);
  const figures = useMemo(() => pipeline(deals, definitions, DATED_FIELDS, now), [deals, definitions, now]);
  const [list, setList] = useState<ChartBar | null>(null);
  const [opened, setOpened] = useState<Deal | null>(null);
  const [message, setMessage] = useState('');
  const focusRef = useRef<string | null>(null);

  useEffect(() => {
    if (focusRef.current === null) return;
    document.getElementById(focusRef.current)?.focus();
    focusRef.current = null;
  });

  const select = (bar: ChartBar) => {
    setList(bar);
    focusRef.current = 'team-list';
  };
  const open = (deal: Deal) => {
    setOpened(deal);
    focusRef.current = 'deal-summary';
  };
  const copy = (deal: Deal) => {
    const result = copyToMine(deal);
    setMessage(
      result.ok ? fill(t.copied, { name: dealName(deal) }) : fill(t.copyFailed, { message: result.message }),
    );
  };

  const funnel = figures.funnel.map((bar) => ({
    label: fill(t.stageShort, { n: bar.key, title: stages[bar.key - 1]?.title ?? '' }),
    deals: bar.deals,
  }));
  const verdicts = figures.verdicts.map((bar) => ({
    label: boardText[VERDICT_KEY[bar.key]],
    deals: bar.deals,
  }));
  const total = definitions.close.items.length;
  const readiness = figures.readiness.map((bar) => ({
    label: fill(t.readinessRow, { n: bar.key, total }),
    deals: bar.deals,
  }));

  return (
    // A fragment: its parts sit directly in the view's frame, so printing the open
    // summary hides the rest, as on the board (print.css).
    <>
      <ExportButtons
        lang={lang}
        text={props.chrome}
        deals={deals}
        definitions={definitions}
        boardText={boardText}
        stages={stages}
        id="team-exports"
      />
      <p role="status" class="pb-team-message">
        {message}
      </p>

      <section class="pb-team-pipeline" aria-labelledby="team-pipeline-title">
        <h2 id="team-pipeline-title">{t.pipelineTitle}</h2>
        <p class="pb-help">{t.chartsNote}</p>
        <BarChart
          id="team-funnel"
          title={t.funnelTitle}
          help={t.funnelHelp}
          bars={funnel}
          t={t}
          onSelect={select}
        />
        <BarChart id="team-verdicts" title={t.verdictTitle} bars={verdicts} t={t} onSelect={select} />
        <BarChart id="team-readiness" title={t.readinessTitle} bars={readiness} t={t} onSelect={select} />

        {list && (
          <DealList
            lang={lang}
            t={t}
            boardText={boardText}
            title={fill(t.listTitle, { label: list.label, count: list.deals.length })}
            deals={list.deals}
            summaries={figures.summaries}
            onOpen={open}
            onCopy={copy}
            onClose={() => setList(null)}
          />
        )}

        <section class="pb-team-figure" aria-labelledby="team-upcoming-title">
          <h3 id="team-upcoming-title">{t.upcomingTitle}</h3>
          {figures.upcoming.length === 0 ? (
            <p>{t.upcomingNone}</p>
          ) : (
            <div class="pb-table-wrap">
              <table class="pb-team-table" data-figure="upcoming">
                <thead>
                  <tr>
                    <th scope="col">{t.colDate}</th>
                    <th scope="col">{t.colDeal}</th>
                    <th scope="col">{t.colItem}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.upcoming.map((item) => (
                    <tr key={`${item.deal.id}-${item.field.tool}-${item.field.item}`}>
                      <td>{item.date}</td>
                      <th scope="row">
                        <button
                          type="button"
                          class="pb-link-button"
                          aria-label={fill(t.openSummaryLabel, { name: dealName(item.deal) })}
                          onClick={() => open(item.deal)}
                        >
                          {dealName(item.deal)}
                        </button>
                      </th>
                      <td>
                        <a href={itemPath(item.field, lang)}>{item.field.label[lang]}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section class="pb-team-figure" aria-labelledby="team-stale-title">
          <h3 id="team-stale-title">{t.staleTitle}</h3>
          {figures.stale.length === 0 ? (
            <p>{t.staleNone}</p>
          ) : (
            <div class="pb-table-wrap">
              <table class="pb-team-table" data-figure="stale">
                <thead>
                  <tr>
                    <th scope="col">{t.colDeal}</th>
                    <th scope="col">{t.colUpdated}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.stale.map((deal) => (
                    <tr key={deal.id}>
                      <th scope="row">
                        <button
                          type="button"
                          class="pb-link-button"
                          aria-label={fill(t.openSummaryLabel, { name: dealName(deal) })}
                          onClick={() => open(deal)}
                        >
                          {dealName(deal)}
                        </button>
                      </th>
                      <td>{absoluteTime(deal.updatedAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </section>

      {opened && (
        <DealSummary
          lang={lang}
          t={boardText}
          deal={opened}
          summary={figures.summaries.get(opened.id)!}
          definitions={definitions}
          labels={props.labels}
          stages={stages}
          now={now}
          onPrint={() => window.print()}
          onClose={() => setOpened(null)}
        />
      )}

      <ClassReviewView
        t={t}
        boardText={boardText}
        cases={props.cases}
        deals={deals}
        items={props.items}
        stages={stages}
        summaries={figures.summaries}
        onOpen={open}
      />
    </>
  );
}
