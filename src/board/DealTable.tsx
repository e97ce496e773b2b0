// The board's table of deals: a header row from the columns, and a row per deal.
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { COLUMNS } from './columns';
import { DealRow, type DealActions, type RenameDraft } from './DealRow';
import type { BoardStrings } from './definition';
import type { BoardStage } from './StageLinks';
import type { DealSummary } from './summary';

export function DealTable(props: {
  lang: Lang;
  t: BoardStrings;
  /** In the board's order. */
  deals: readonly Deal[];
  summaries: ReadonlyMap<string, DealSummary>;
  stages: readonly BoardStage[];
  title: (deal: Deal) => string;
  currentId: string | null;
  now: Date;
  editable: boolean;
  canOpen: boolean;
  busy: boolean;
  /** The deal whose share panel is open. */
  sharing: string | null;
  renaming: RenameDraft | null;
  actions: DealActions;
}) {
  const { lang, t, deals, summaries, stages, title, currentId, now, sharing, renaming } = props;
  return (
    <table class="pb-board-table" role="table">
      <caption>{fill(t.caption, { count: deals.length })}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {COLUMNS.map((key) => (
            <th key={key} role="columnheader" scope="col">
              {t[key]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {deals.map((deal) => {
          const summary = summaries.get(deal.id);
          if (!summary) return null;
          return (
            <DealRow
              key={deal.id}
              lang={lang}
              t={t}
              deal={deal}
              name={title(deal)}
              summary={summary}
              stages={stages}
              isCurrent={deal.id === currentId}
              now={now}
              editable={props.editable}
              canOpen={props.canOpen}
              busy={props.busy}
              sharing={sharing === deal.id}
              renaming={renaming?.id === deal.id ? renaming : null}
              actions={props.actions}
            />
          );
        })}
      </tbody>
    </table>
  );
}
