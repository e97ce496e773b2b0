// The board's table of deals: a search by name or customer and the order above it, a
// header row from the columns, a row per deal on the page, and "show more" below it.
// Only the rows on the page are rendered, and only their summaries worked out.
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { COLUMNS } from './columns';
import { PAGE_SIZE, type DealOrder } from './deal-list';
import { DealRow, type DealActions, type RenameDraft } from './DealRow';
import type { BoardStrings } from './definition';
import type { BoardStage } from './StageLinks';
import type { DealSummary } from './summary';
import type { DealList } from './useDealList';

export function DealTable(props: {
  lang: Lang;
  t: BoardStrings;
  list: DealList;
  summaryOf: (deal: Deal) => DealSummary;
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
  /** Puts focus on a deal's row after the next render. */
  focusRow: (id: string) => void;
}) {
  const { lang, t, list, stages, title, currentId, now, sharing, renaming } = props;
  const total = list.ordered.length;
  const more = Math.min(PAGE_SIZE, list.matched.length - list.visible.length);
  return (
    <>
      <div class="pb-board-find" role="search">
        <label class="pb-field">
          {t.listSearch}
          <input
            id="board-search"
            type="search"
            value={list.query}
            autoComplete="off"
            placeholder={t.listSearchHint}
            onInput={(e) => list.search(e.currentTarget.value)}
          />
        </label>
        <label class="pb-field">
          {t.listOrder}
          <select
            id="board-order"
            value={list.order}
            onChange={(e) => list.reorder(e.currentTarget.value as DealOrder)}
          >
            <option value="updated">{t.orderUpdated}</option>
            <option value="name">{t.orderName}</option>
          </select>
        </label>
        <p class="pb-help pb-board-showing" role="status">
          {list.matched.length === 0
            ? fill(t.listNone, { query: list.query.trim() })
            : fill(t.listShowing, { shown: list.visible.length, count: list.matched.length })}
        </p>
      </div>
      <table class="pb-board-table" role="table">
        <caption>{fill(t.caption, { count: total })}</caption>
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
          {list.visible.map((deal) => (
            <DealRow
              key={deal.id}
              lang={lang}
              t={t}
              deal={deal}
              name={title(deal)}
              summary={props.summaryOf(deal)}
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
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p class="pb-board-more">
          <button
            type="button"
            class="pb-button"
            onClick={() => {
              const first = list.showMore();
              if (first) props.focusRow(first.id);
            }}
          >
            {fill(t.listMore, { n: more })}
          </button>
        </p>
      )}
    </>
  );
}
