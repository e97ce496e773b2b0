// What every tool shows around its own controls: the deal switcher, storage
// notices and the save status. The tool itself renders only with a current deal;
// without one the page's read-only list (ToolShell's fallback) stays below the invitation.
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Deal } from '../../deals/schema';
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { $currentDeal, $storageMode } from '../../storage/index';
import { startStorage } from '../../storage/client';
import { DealBar } from './DealBar';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from './StorageNotices';

interface Props {
  lang: Lang;
  /** The shared chrome's strings in the page's language (content/tool-chrome.json). */
  chrome: ChromeStrings;
  /** Prefix for element ids, unique on the page (the tool's id). */
  id: string;
  children: (deal: Deal) => ComponentChildren;
}

export function ToolFrame({ lang, chrome, id, children }: Props) {
  startStorage();
  const deal = useStore($currentDeal);
  const mode = useStore($storageMode);
  const frameRef = useRef<HTMLDivElement>(null);
  const createdRef = useRef(false);
  const waiting = mode === 'loading' || deal === null;

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
    <div class="pb-tool-live" data-ready="" ref={frameRef}>
      <DealBar t={chrome} lang={lang} idPrefix={id} onCreated={() => (createdRef.current = true)} />
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
