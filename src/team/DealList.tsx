// The deals behind a figure: name, customer, stage, verdict and last change, with
// the read-only summary and "Copy into my deals" for each.
import type { BoardStrings } from '../board/definition';
import { absoluteTime, VERDICT_KEY } from '../board/format';
import type { Deal } from '../deals/schema';
import type { DealSummary } from '../board/summary';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { TeamStrings } from './definition';

interface Props {
  lang: Lang;
  t: TeamStrings;
  boardText: BoardStrings;
  title: string;
  deals: readonly Deal[];
  summaries: ReadonlyMap<string, DealSummary>;
  onOpen: (deal: Deal) => void;
  onCopy: (deal: Deal) => void;
  onClose: () => void;
}

export function dealName(deal: Deal): string {
  return deal.name.trim() || deal.customer.trim() || '—';
}

export function DealList({ lang, t, boardText, title, deals, summaries, onOpen, onCopy, onClose }: Props) {
  return (
    <section class="pb-team-list" aria-labelledby="team-list-title" id="team-list" tabIndex={-1}>
      <h3 id="team-list-title">{title}</h3>
      <div class="pb-table-wrap">
        <table class="pb-team-table pb-team-cards">
          <thead>
            <tr>
              <th scope="col">{t.colDeal}</th>
              <th scope="col">{t.colCustomer}</th>
              <th scope="col">{boardText.colStage}</th>
              <th scope="col">{boardText.colVerdict}</th>
              <th scope="col">{t.colUpdated}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {deals.map((deal) => {
              const summary = summaries.get(deal.id)!;
              const name = dealName(deal);
              return (
                <tr key={deal.id} data-deal-id={deal.id}>
                  <th scope="row">{name}</th>
                  <td data-label={t.colCustomer}>{deal.customer}</td>
                  <td data-label={boardText.colStage}>{summary.stageReached}</td>
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
          </tbody>
        </table>
      </div>
      <button type="button" class="pb-button" onClick={onClose}>
        {t.listClose}
      </button>
    </section>
  );
}
