// One deal in the board's table: how far it has come, and its actions; under it, while
// the deal is being renamed, the rename form.
import { LIMITS } from '../deals/constants';
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { COLUMNS } from './columns';
import { continueLink } from './continue';
import type { BoardStrings } from './definition';
import { VERDICT_KEY } from './format';
import { absoluteTime, relativeTime } from '../shared/time-text';
import type { DealSummary } from './summary';
import { reachedText } from './StageProgress';

export interface RenameDraft {
  id: string;
  name: string;
  customer: string;
}

export interface DealActions {
  open: (deal: Deal) => void;
  startRename: (deal: Deal) => void;
  duplicate: (deal: Deal) => void;
  exportOne: (deal: Deal) => void;
  toggleShare: (deal: Deal) => void;
  print: (deal: Deal) => void;
  remove: (deal: Deal) => void;
  editRename: (draft: RenameDraft) => void;
  submitRename: (event: Event) => void;
  cancelRename: () => void;
}

export function DealRow(props: {
  lang: Lang;
  t: BoardStrings;
  deal: Deal;
  /** The deal's display name (its name, or "untitled"). */
  name: string;
  summary: DealSummary;
  /** The stages in order (the "stage reached" cell, the link to continue). */
  stages: readonly { id: string; title: string }[];
  isCurrent: boolean;
  now: Date;
  editable: boolean;
  /** Opening is refused only where a newer release's data is read-only. */
  canOpen: boolean;
  busy: boolean;
  sharing: boolean;
  /** This deal's rename form, while it is open. */
  renaming: RenameDraft | null;
  actions: DealActions;
}) {
  const { lang, t, deal, name, summary, isCurrent, now, editable, actions, renaming } = props;
  const ready = summary.closeReady;
  return [
    <tr
      key={deal.id}
      role="row"
      class={isCurrent ? 'pb-board-row pb-board-is-current' : 'pb-board-row'}
      aria-current={isCurrent ? 'true' : undefined}
    >
      <th role="rowheader" scope="row" id={`board-row-${deal.id}`} tabIndex={-1}>
        <span class="pb-board-name">{name}</span>
        <span class="pb-board-customer">{deal.customer.trim() || t.noCustomer}</span>
        {isCurrent && <span class="pb-board-badge">{t.current}</span>}
      </th>
      <td role="cell" data-label={t.colStage}>
        {reachedText(t, summary.progress, props.stages)}
      </td>
      <td role="cell" data-label={t.colVerdict}>
        <span class={`pb-board-verdict pb-board-verdict-${summary.verdict}`}>
          {t[VERDICT_KEY[summary.verdict]]}
        </span>
      </td>
      <td role="cell" data-label={t.colEvents}>
        {fill(t.eventsValue, { n: summary.eventCount })}
      </td>
      <td role="cell" data-label={t.colClose}>
        <span class={ready ? 'pb-board-ready' : undefined}>
          {fill(t.closeValue, { met: summary.closeMet, total: summary.closeTotal })}
        </span>
        {summary.closeConflicts > 0 && (
          <span class="pb-warn-text pb-board-conflicts">
            {fill(t.closeConflicts, { n: summary.closeConflicts })}
          </span>
        )}
      </td>
      <td role="cell" class="pb-board-updated" data-label={t.colUpdated}>
        <time dateTime={summary.updatedAt}>{relativeTime(summary.updatedAt, now, lang)}</time>
        <span class="pb-board-absolute">{absoluteTime(summary.updatedAt, lang)}</span>
      </td>
      <td role="cell" class="pb-board-actions">
        <div class="pb-board-buttons">
          {isCurrent ? (
            <ContinueLink lang={lang} t={t} deal={deal} summary={summary} stages={props.stages} />
          ) : (
            <button
              type="button"
              aria-label={`${t.open} ${name}`}
              class="pb-button pb-primary"
              disabled={!props.canOpen}
              onClick={() => actions.open(deal)}
            >
              {t.open}
            </button>
          )}
          <button
            type="button"
            aria-label={`${t.rename} ${name}`}
            class="pb-button"
            id={`board-rename-${deal.id}`}
            aria-expanded={renaming !== null}
            disabled={!editable}
            onClick={() => actions.startRename(deal)}
          >
            {t.rename}
          </button>
          <button
            type="button"
            aria-label={`${t.duplicate} ${name}`}
            class="pb-button"
            disabled={!editable}
            onClick={() => actions.duplicate(deal)}
          >
            {t.duplicate}
          </button>
          <button
            type="button"
            aria-label={`${t.exportOne} ${name}`}
            class="pb-button"
            disabled={props.busy}
            onClick={() => actions.exportOne(deal)}
          >
            {t.exportOne}
          </button>
          <button
            type="button"
            aria-label={fill(t.shareLabel, { name })}
            class="pb-button"
            aria-expanded={props.sharing}
            onClick={() => actions.toggleShare(deal)}
          >
            {t.share}
          </button>
          <button
            type="button"
            aria-label={fill(t.printSummaryLabel, { name })}
            class="pb-button"
            onClick={() => actions.print(deal)}
          >
            {t.printSummary}
          </button>
          <button
            type="button"
            aria-label={`${t.delete} ${name}`}
            class="pb-button pb-board-danger"
            disabled={!editable}
            onClick={() => actions.remove(deal)}
          >
            {t.delete}
          </button>
        </div>
      </td>
    </tr>,
    renaming && <RenameRow key={`${deal.id}-rename`} t={t} name={name} draft={renaming} actions={actions} />,
  ];
}

function RenameRow({
  t,
  name,
  draft,
  actions,
}: {
  t: BoardStrings;
  name: string;
  draft: RenameDraft;
  actions: DealActions;
}) {
  return (
    <tr role="row" class="pb-board-edit">
      <td role="cell" colSpan={COLUMNS.length}>
        <form
          aria-label={`${t.renameTitle}: ${name}`}
          onSubmit={actions.submitRename}
          onKeyDown={(e) => {
            if (e.key === 'Escape') actions.cancelRename();
          }}
        >
          <div class="pb-board-fields">
            <label class="pb-field">
              {t.dealName}
              <input
                id="board-rename-name"
                value={draft.name}
                maxLength={LIMITS.name}
                required
                onInput={(e) => actions.editRename({ ...draft, name: e.currentTarget.value })}
              />
            </label>
            <label class="pb-field">
              {t.customer}
              <input
                value={draft.customer}
                maxLength={LIMITS.customer}
                onInput={(e) => actions.editRename({ ...draft, customer: e.currentTarget.value })}
              />
            </label>
          </div>
          <div class="pb-board-buttons">
            <button type="submit" class="pb-button pb-primary">
              {t.save}
            </button>
            <button type="button" class="pb-button" onClick={actions.cancelRename}>
              {t.cancel}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}

/** The current deal's way on: its next stage's tool. */
function ContinueLink(props: {
  lang: Lang;
  t: BoardStrings;
  deal: Deal;
  summary: DealSummary;
  stages: readonly { id: string; title: string }[];
}) {
  const link = continueLink(props.lang, props.t, props.stages, props.summary.progress);
  if (!link) return null;
  return (
    <a id={`board-continue-${props.deal.id}`} class="pb-button pb-primary" href={link.href}>
      {link.text}
    </a>
  );
}
