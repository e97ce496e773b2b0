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
import { linkedItem, showInvitationWithItem, focusWhereWorkContinues } from './arrival';
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
  const frame = useRef<HTMLDivElement>(null);
  const arrived = useRef(false);
  const created = useRef(false);
  const waiting = mode === 'loading' || deal === null;

  // Opened at a link to one of this tool's items with no deal: the item is in the read-only
  // list; the invitation above it comes into view too where both fit on the screen.
  useEffect(() => {
    if (arrived.current || mode === 'loading' || !frame.current) return;
    arrived.current = true;
    const item = deal === null ? linkedItem(frame.current, '.pb-tool-fallback') : null;
    if (item) showInvitationWithItem(frame.current, item);
  }, [mode, deal]);

  // After Create the work goes on in the tool (at the linked item, when the page was opened at one).
  useEffect(() => {
    if (!created.current || waiting || !frame.current) return;
    created.current = false;
    focusWhereWorkContinues(frame.current);
  }, [waiting]);

  return (
    <div class="pb-tool-live" data-ready="" ref={frame}>
      <DealBar t={chrome} lang={lang} idPrefix={id} onCreated={() => (created.current = true)} />
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
