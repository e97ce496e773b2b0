// Where a deal's work goes on: the tool of its next stage (the last stage's once every
// stage is done), as the board's "Continue" links show it.
import { localePath, type Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import type { DealProgress } from './progress';

export function continueLink(
  lang: Lang,
  t: Pick<BoardStrings, 'continueStage'>,
  stages: readonly { id: string; title: string }[],
  progress: DealProgress,
): { href: string; text: string } | null {
  const n = progress.next?.stage ?? stages.length;
  const stage = stages[n - 1];
  if (!stage) return null;
  return {
    href: localePath(lang, `/process/${stage.id}/#tool`),
    text: fill(t.continueStage, { n, title: stage.title }),
  };
}
