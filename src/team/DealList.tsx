// The deals behind a figure: name, customer, stage, verdict and last change, with
// the read-only summary and "Copy into my deals" for each.
import type { BoardStrings } from '../board/definition';
import { VERDICT_KEY } from '../board/format';
import { absoluteTime } from '../shared/time-text';
import { reachedText } from '../board/StageProgress';
import type { Deal } from '../deals/schema';
import type { DealSummary } from '../board/summary';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { TeamStrings } from './definition';
import { TeamTable } from './TeamTable';

interface Props {
  lang: Lang;
  t: TeamStrings;
  boardText: BoardStrings;
  stages: readonly { title: string }[];
  title: string;
  deals: readonly Deal[];
  names: ReadonlyMap<string, string>;
  summaries: ReadonlyMap<string, DealSummary>;
  onOpen: (deal: Deal) => void;
  onCopy: (deal: Deal) => void;
  onClose: () => void;
}

export function DealList(props: Props) {
  const { lang, t, boardText, stages, title, deals, names, summaries, onOpen, onCopy, onClose } = props;
  return (
    <section class="pb-team-list" aria-labelledby="team-list-title" id="team-list" tabIndex={-1}>
      <h3 id="team-list-title">{title}</h3>
      <TeamTable
        class="pb-team-cards"
        columns={[
          t.colDeal,
          t.colCustomer,
          boardText.colStage,
          boardText.colVerdict,
          t.colUpdated,
          t.colActions,
        ]}
      >
        {deals.map((deal) => {
          const summary = summaries.get(deal.id)!;
          const name = names.get(deal.id) ?? deal.name;
          return (
            <tr key={deal.id} data-deal-id={deal.id}>
              <th scope="row">{name}</th>
              <td data-label={t.colCustomer}>{deal.customer.trim() || boardText.noCustomer}</td>
              <td data-label={boardText.colStage} data-stage={summary.stageReached}>
                {reachedText(boardText, summary.progress, stages)}
              </td>
              <td data-label={boardText.colVerdict} data-verdict={summary.verdict}>
                {boardText[VERDICT_KEY[summary.verdict]]}
              </td>
              <td data-label={t.colUpdated}>{absoluteTime(deal.updatedAt, lang)}</td>
              <td class="pb-team-actions">
                <button
                  type="button"
                  class="pb-button"
                  aria-label={fill(t.openSummaryLabel, { name })}
                  onClick={() => onOpen(deal)}
                >
                  {t.openSummary}
                </button>
                <button
                  type="button"
                  class="pb-button"
                  aria-label={fill(t.copyToMineLabel, { name })}
                  onClick={() => onCopy(deal)}
                >
                  {t.copyToMine}
                </button>
              </td>
            </tr>
          );
        })}
      </TeamTable>
      <button type="button" class="pb-button" onClick={onClose}>
        {t.listClose}
      </button>
    </section>
  );
}
