// The open deal's panel: its name and a link to each stage's tool, ticked where the deal
// has answers, with the next stage marked.
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import { STAGE_TOOLS, toolHasAnswers } from './summary';

export interface BoardStage {
  /** The stage page's slug under /process/. */
  id: string;
  title: string;
}

export function StageLinks({
  lang,
  t,
  stages,
  deal,
  reached,
}: {
  lang: Lang;
  t: BoardStrings;
  stages: readonly BoardStage[];
  deal: Deal;
  reached: number;
}) {
  return (
    <ol class="pb-board-stages">
      {stages.map((stage, index) => {
        const n = index + 1;
        const tool = STAGE_TOOLS[index];
        const started = tool !== undefined && toolHasAnswers(deal.answers[tool]);
        const next = n === Math.min(reached + 1, stages.length) && !started;
        return (
          <li key={stage.id} class={started ? 'pb-board-stage-started' : undefined}>
            <a href={localePath(lang, `/process/${stage.id}/#tool`)}>
              {fill(t.stageLink, { n, title: stage.title })}
            </a>
            {started && (
              <span class="pb-board-tick">
                <span aria-hidden="true">✓</span>
                <span class="pb-sr-only">{t.stageStarted}</span>
              </span>
            )}
            {next && <span class="pb-board-badge">{t.nextStage}</span>}
          </li>
        );
      })}
    </ol>
  );
}

export function CurrentDealPanel(props: {
  lang: Lang;
  t: BoardStrings;
  stages: readonly BoardStage[];
  /** The open deal, if any, with its display name and the furthest stage it reached. */
  current: { deal: Deal; title: string; reached: number } | undefined;
}) {
  const { lang, t, stages, current } = props;
  return (
    <section class="pb-board-current-panel" aria-labelledby="board-current-heading">
      {current ? (
        <>
          <h2 id="board-current-heading" tabIndex={-1}>
            {fill(t.currentPanel, {
              name: current.deal.customer.trim()
                ? `${current.title} · ${current.deal.customer.trim()}`
                : current.title,
            })}
          </h2>
          <p>{t.stageLinksIntro}</p>
          <StageLinks lang={lang} t={t} stages={stages} deal={current.deal} reached={current.reached} />
        </>
      ) : (
        <p id="board-current-heading" tabIndex={-1}>
          {t.noCurrent}
        </p>
      )}
    </section>
  );
}
