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
import { DealList } from './DealList';
import { useFirstRows } from './first-rows';
import { distinctNames } from './names';
import { pipeline } from './pipeline';
import { teamSummaries } from './summaries';
import type { TeamViewProps } from './props';
import { DealCell, TeamTable } from './TeamTable';
import { absoluteTime } from '../shared/time-text';

export interface TeamReportProps extends TeamViewProps {
  deals: readonly Deal[];
  /** Deal id → the file or link it came from. */
  sourceOf: ReadonlyMap<string, string>;
}

// The view fills the summaries while the files load (they come with the report's module).
export { teamSummaries } from './summaries';

/** Saves a copy of a loaded deal in the viewer's own workspace, as a new deal. */
function copyToMine(deal: Deal): { ok: true } | { ok: false; message: string } {
  const [result] = importDeals([duplicateDeal(deal, new Date(), { name: deal.name })]);
  return result?.ok === false ? { ok: false, message: result.message } : { ok: true };
}

export function TeamReport(props: TeamReportProps) {
  const { lang, text: t, boardText, stages, definitions, deals, sourceOf } = props;
  const names = useMemo(() => distinctNames(deals, sourceOf), [deals, sourceOf]);
  const nameOf = (deal: Deal) => names.get(deal.id) ?? deal.name;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the time of each new set of deals
  const now = useMemo(() => new Date(), [deals]);
  const figures = useMemo(
    () => pipeline(deals, definitions, DATED_FIELDS, now, teamSummaries(definitions).get),
    [deals, definitions, now],
  );
  const upcoming = useFirstRows(figures.upcoming, t);
  const stale = useFirstRows(figures.stale, t);
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
      result.ok ? fill(t.copied, { name: nameOf(deal) }) : fill(t.copyFailed, { message: result.message }),
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

  const charts = [
    {
      id: 'team-funnel',
      title: t.funnelTitle,
      column: t.colStageDone,
      help: `${t.funnelHelp} ${fill(t.funnelTotal, {
        total: deals.length,
        none: deals.length - (figures.funnel[0]?.deals.length ?? 0),
      })}`,
      bars: funnel,
    },
    { id: 'team-verdicts', title: t.verdictTitle, column: boardText.colVerdict, bars: verdicts },
    { id: 'team-readiness', title: t.readinessTitle, column: t.colConditions, bars: readiness },
  ];

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
        {charts.map((chart) => (
          <BarChart key={chart.id} {...chart} t={t} onSelect={select} />
        ))}

        {list && (
          <DealList
            lang={lang}
            t={t}
            boardText={boardText}
            stages={stages}
            title={fill(t.listTitle, { label: list.label, count: list.deals.length })}
            deals={list.deals}
            names={names}
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
            <>
              <TeamTable columns={[t.colDate, t.colDeal, t.colItem]} data-figure="upcoming">
                {upcoming.rows.map((item) => (
                  <tr key={`${item.deal.id}-${item.field.tool}-${item.field.item}`}>
                    <td class="pb-team-date">{item.date}</td>
                    <DealCell t={t} deal={item.deal} name={nameOf(item.deal)} onOpen={open} />
                    <td>
                      <a href={itemPath(item.field, lang)}>{item.field.label[lang]}</a>
                    </td>
                  </tr>
                ))}
              </TeamTable>
              {upcoming.more}
            </>
          )}
        </section>

        <section class="pb-team-figure" aria-labelledby="team-stale-title">
          <h3 id="team-stale-title">{t.staleTitle}</h3>
          {figures.stale.length === 0 ? (
            <p>{t.staleNone}</p>
          ) : (
            <>
              <TeamTable columns={[t.colDeal, t.colUpdated]} data-figure="stale">
                {stale.rows.map((deal) => (
                  <tr key={deal.id}>
                    <DealCell t={t} deal={deal} name={nameOf(deal)} onOpen={open} />
                    <td>{absoluteTime(deal.updatedAt, lang)}</td>
                  </tr>
                ))}
              </TeamTable>
              {stale.more}
            </>
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
        signatures={props.signatures}
        deals={deals}
        names={names}
        items={props.items}
        stages={stages}
        summaries={figures.summaries}
        onOpen={open}
      />
    </>
  );
}
