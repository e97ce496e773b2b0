// A stage's state as the board and the summary show it: not started, in
// progress (n of m checks of its gate), or done; and the current deal's seven
// stages as links with their states. The figures come from progress.ts.
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import type { DealProgress, StageProgress } from './progress';
import { stateText, type StateStrings } from '../tools/shared/stage-state';

export function StageState({ t, stage }: { t: StateStrings; stage: StageProgress }) {
  return (
    <span class={`pb-stage-state pb-stage-${stage.state}`} data-state={stage.state}>
      {stage.state === 'done' && <span aria-hidden="true">✓ </span>}
      {stateText(t, stage)}
    </span>
  );
}

/** The board's "Stage reached" cell: the last stage done in an unbroken run from stage 1. */
export function reachedText(
  t: Pick<BoardStrings, 'stageNone' | 'stageNoneDone' | 'stageValue'>,
  progress: DealProgress,
  stages: readonly { title: string }[],
): string {
  const stage = stages[progress.reached - 1];
  if (stage) return fill(t.stageValue, { n: progress.reached, title: stage.title });
  return progress.stages.every((s) => s.state === 'not-started') ? t.stageNone : t.stageNoneDone;
}

export function StageProgressList({
  lang,
  t,
  stages,
  progress,
}: {
  lang: Lang;
  t: BoardStrings;
  stages: readonly { id: string; title: string }[];
  progress: DealProgress;
}) {
  return (
    <ol class="pb-board-stages">
      {stages.map((stage, index) => {
        const n = index + 1;
        const state = progress.stages[index];
        return (
          <li key={stage.id} data-stage={n} class={state ? `pb-board-stage-${state.state}` : undefined}>
            <a href={localePath(lang, `/process/${stage.id}/#tool`)}>
              {fill(t.stageLink, { n, title: stage.title })}
            </a>
            {state && <StageState t={t} stage={state} />}
            {progress.next?.stage === n && <span class="pb-board-badge">{t.nextStage}</span>}
          </li>
        );
      })}
    </ol>
  );
}
