// What every tool shows around its own controls: the deal switcher, storage
// notices and the save status. The tool itself renders only with a current deal.
import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import type { Deal } from '../../deals/schema';
import type { Lang } from '../../i18n/lang';
import { UI } from '../../i18n/ui';
import { $currentDeal, $storageMode } from '../../storage/index';
import { startStorage } from '../../storage/client';
import { DealBar } from './DealBar';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from './StorageNotices';

interface Props {
  lang: Lang;
  /** Prefix for element ids, unique on the page (the tool's id). */
  id: string;
  children: (deal: Deal) => ComponentChildren;
}

export function ToolFrame({ lang, id, children }: Props) {
  startStorage();
  const deal = useStore($currentDeal);
  const mode = useStore($storageMode);
  return (
    <div class="pb-tool-live" data-ready="">
      <DealBar lang={lang} idPrefix={id} />
      <StorageNotices lang={lang} />
      {mode === 'loading' ? (
        <p>{UI[lang].loading}</p>
      ) : deal ? (
        <div class="pb-tool-body">{children(deal)}</div>
      ) : (
        <p class="pb-notice">{UI[lang].needDeal}</p>
      )}
      <SaveStatus lang={lang} />
    </div>
  );
}
