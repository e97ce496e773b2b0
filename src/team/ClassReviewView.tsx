// The class review: pick a case study; its participants' verdicts and close readiness
// first, then each item with the reference answer, the answers given and who differs.
import { useMemo, useState } from 'preact/hooks';
import type { CaseStudy } from '../board/case-study-deal';
import type { BoardStrings } from '../board/definition';
import { VERDICT_KEY } from '../board/format';
import type { Deal } from '../deals/schema';
import { STAGE_TOOLS } from '../board/stage-tools';
import type { DealSummary } from '../board/summary';
import { fill } from '../shared/fill';
import { caseOfDeal, type CaseSignature } from './case-marker';
import { classReview, type ReviewItem } from './class-review';
import type { TeamStrings } from './definition';
import { DealCell, TeamTable } from './TeamTable';

interface Props {
  t: TeamStrings;
  boardText: BoardStrings;
  cases: readonly CaseStudy[];
  signatures: readonly CaseSignature[];
  deals: readonly Deal[];
  /** Deal id → the name the view shows (see names.ts). */
  names: ReadonlyMap<string, string>;
  items: readonly ReviewItem[];
  stages: readonly { title: string }[];
  summaries: ReadonlyMap<string, DealSummary>;
  onOpen: (deal: Deal) => void;
}

export function ClassReviewView(props: Props) {
  const { t, boardText, cases, signatures, deals, names, items, stages, summaries, onOpen } = props;
  // Start on the case with the most participants (each deal's case found once).
  const [caseId, setCaseId] = useState(() => {
    const count = new Map<string, number>();
    for (const deal of deals) {
      const found = caseOfDeal(deal, signatures);
      if (found !== null) count.set(found, (count.get(found) ?? 0) + 1);
    }
    return [...cases].sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0))[0]?.id ?? '';
  });
  const [onlyDiffer, setOnlyDiffer] = useState(false);
  const study = cases.find((c) => c.id === caseId);
  const review = useMemo(
    () =>
      study
        ? classReview(
            study,
            deals,
            items,
            { yes: t.yes, no: t.no, none: t.none, separator: t.separator },
            signatures,
          )
        : null,
    [study, deals, items, t, signatures],
  );
  const shown = review?.items.filter((item) => !onlyDiffer || item.differ.length > 0) ?? [];
  const tools = [...new Set(shown.map((item) => item.item.tool))];
  const nameOf = (deal: Deal) => names.get(deal.id) ?? deal.name;
  // By the names shown, which tell apart deals of the same name.
  const inOrder = (list: readonly Deal[]) =>
    [...list].sort((a, b) => nameOf(a).localeCompare(nameOf(b), undefined, { numeric: true }));

  return (
    <section class="pb-team-review" aria-labelledby="team-review-title">
      <h2 id="team-review-title">{t.reviewTitle}</h2>
      <p class="pb-help">{t.reviewHelp}</p>
      <label for="team-review-case">{t.reviewPick}</label>{' '}
      <select id="team-review-case" value={caseId} onChange={(e) => setCaseId(e.currentTarget.value)}>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {review === null || review.participants.length === 0 ? (
        <p>{t.reviewNone}</p>
      ) : (
        <>
          <h3 id="team-participants-title">
            {fill(t.participantsTitle, { count: review.participants.length })}
          </h3>
          <TeamTable
            class="pb-team-cards"
            columns={[t.colParticipant, boardText.colVerdict, boardText.colClose]}
            aria-labelledby="team-participants-title"
            data-review="participants"
          >
            {inOrder(review.participants).map((deal) => {
              const summary = summaries.get(deal.id)!;
              return (
                <tr key={deal.id}>
                  <DealCell t={t} deal={deal} name={nameOf(deal)} onOpen={onOpen} />
                  <td data-label={boardText.colVerdict} data-verdict={summary.verdict}>
                    {boardText[VERDICT_KEY[summary.verdict]]}
                  </td>
                  <td data-label={boardText.colClose}>
                    {fill(boardText.closeValue, { met: summary.closeMet, total: summary.closeTotal })}
                  </td>
                </tr>
              );
            })}
          </TeamTable>

          <h3>{t.itemsTitle}</h3>
          <label class="pb-team-check">
            <input
              type="checkbox"
              checked={onlyDiffer}
              onChange={(e) => setOnlyDiffer(e.currentTarget.checked)}
            />{' '}
            {t.onlyDiffer}
          </label>
          {onlyDiffer && shown.length === 0 && <p>{t.noDisagreement}</p>}
          {tools.map((tool) => (
            <TeamTable
              key={tool}
              class="pb-team-items pb-team-cards"
              caption={stages[STAGE_TOOLS.indexOf(tool)]?.title ?? tool}
              columns={[t.colItem, t.colReference, t.colAnswers, t.colDiffer]}
              data-tool={tool}
            >
              {shown
                .filter((row) => row.item.tool === tool)
                .map((row) => (
                  <tr key={row.item.id} data-item={row.item.id} data-differ={row.differ.length}>
                    <th scope="row">
                      <a href={row.item.href}>{row.item.label}</a>
                    </th>
                    <td class="pb-team-reference" data-label={t.colReference}>
                      {row.reference}
                    </td>
                    <td data-label={t.colAnswers}>
                      <ul class="pb-team-answers">
                        {row.groups.map((group) => (
                          <li key={group.text} data-matches={group.matches ? '' : undefined}>
                            {fill(t.answerCount, { answer: group.text, count: group.participants.length })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-label={t.colDiffer}>
                      {row.differ.length === 0
                        ? t.allAgree
                        : inOrder(row.differ).map(nameOf).join(t.separator)}
                    </td>
                  </tr>
                ))}
            </TeamTable>
          ))}
        </>
      )}
    </section>
  );
}
