// Writes the current deal's status for this page's stage into the link at the top of the page
// (`[data-tool-status]`, src/components/StageTop.astro): every tool does it through its frame,
// so the link needs no script of its own and updates with each answer and each change of deal.
import { useEffect } from 'preact/hooks';
import type { StageStatus } from './stage-status';

/** The line's text and state: a stage's status, or "no deal" with its own wording. */
type StatusLine = Omit<StageStatus, 'state'> & { state: StageStatus['state'] | 'no-deal' };

export function useStageStatus(status: StatusLine | null): void {
  const text = status?.text ?? '';
  const state = status?.state ?? '';
  const title = status?.title;
  useEffect(() => {
    const target = document.querySelector<HTMLElement>('[data-tool-status]');
    if (!target) return;
    target.textContent = text;
    target.dataset.state = state;
    if (title === undefined) target.removeAttribute('title');
    else target.title = title;
  }, [text, state, title]);
}
