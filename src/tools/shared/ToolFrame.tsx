// What every tool shows around its own controls: the deal switcher, storage
// notices and the save status. The tool itself renders only with a current deal;
// without one the page's read-only list (ToolShell's fallback) stays below the invitation.
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Deal, ToolAnswers, ToolId } from '../../deals/schema';
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { $currentDeal } from '../../storage/index';
import { useStagedStart } from '../../storage/useStagedStart';
import { localDate } from '../../shared/local-date';
import type { Gate, StateStrings } from './stage-state';
import { stageStatus } from './stage-status';
import { useStageStatus } from './useStageStatus';
import { DealBar } from './DealBar';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from './StorageNotices';

interface Props {
  lang: Lang;
  /** The shared chrome's strings in the page's language (content/tool-chrome.json). */
  chrome: ChromeStrings;
  /** The tool's id, also the prefix of its element ids. */
  id: ToolId;
  /** The board's wording of a stage's state (content/board.json); with `gate`, the status at the page's top. */
  states?: StateStrings | undefined;
  /** The stage's gate (src/tools/gates.ts) over the deal's answers on the rep's local date. */
  gate?: ((answers: ToolAnswers, today: string) => Gate) | undefined;
  children: (deal: Deal) => ComponentChildren;
}

export function ToolFrame({ lang, chrome, id, states, gate, children }: Props) {
  // The deals are read in a task after hydration and shown in the next (useStagedStart).
  const mode = useStagedStart();
  const deal = useStore($currentDeal);
  const frameRef = useRef<HTMLDivElement>(null);
  const createdRef = useRef(false);
  const waiting = mode === 'loading' || deal === null;
  // With no deal the line says so, rather than stay blank under the link.
  useStageStatus(
    mode !== 'loading' && deal && states && gate
      ? stageStatus(deal, id, (answers) => gate(answers, localDate(new Date())), { ...states, ...chrome })
      : mode !== 'loading' && deal === null
        ? { state: 'no-deal', text: chrome.noDeals, title: undefined }
        : null,
  );

  // After Create the work goes on in the tool, at its first control; unless the page's own
  // script (src/links/page.ts) has put focus on the item the page was opened at.
  useEffect(() => {
    const root = frameRef.current;
    if (!createdRef.current || waiting || !root) return;
    createdRef.current = false;
    if (!root.contains(document.activeElement))
      root.querySelector<HTMLElement>('.pb-tool-body :is(input:not([disabled]), select, textarea)')?.focus();
  }, [waiting]);

  return (
    <div class="pb-tool-live" data-ready={mode === 'loading' ? undefined : ''} ref={frameRef}>
      <DealBar
        t={chrome}
        lang={lang}
        idPrefix={id}
        ready={mode !== 'loading'}
        onCreated={() => (createdRef.current = true)}
      />
      <StorageNotices t={chrome} lang={lang} />
      {mode === 'loading' ? (
        <p>{chrome.loading}</p>
      ) : deal ? (
        <div class="pb-tool-body">{children(deal)}</div>
      ) : (
        <p class="pb-notice">{chrome.needDeal}</p>
      )}
      <SaveStatus t={chrome} lang={lang} />
    </div>
  );
}
