// The open deal's panel: its name and a link to each stage's tool with the stage's state
// (by the tools' gates, progress.ts), the next stage marked.
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import type { DealProgress } from './progress';
import { StageProgressList } from './StageProgress';

export interface BoardStage {
  /** The stage page's slug under /process/. */
  id: string;
  title: string;
}

export function CurrentDealPanel(props: {
  lang: Lang;
  t: BoardStrings;
  stages: readonly BoardStage[];
  /** The open deal, if any, with its display name and its progress through the stages. */
  current: { deal: Deal; title: string; progress: DealProgress | undefined } | undefined;
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
          {current.progress && (
            <StageProgressList lang={lang} t={t} stages={stages} progress={current.progress} />
          )}
        </>
      ) : (
        <p id="board-current-heading" tabIndex={-1}>
          {t.noCurrent}
        </p>
      )}
    </section>
  );
}
