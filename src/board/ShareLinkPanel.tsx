// The share panel of one deal on the board: the deal as a link to copy or, where the
// system has a share sheet (phones), to share. The packing code loads only when used.
import { useEffect, useState } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import { localePath, type Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import { loadShare } from './SharedDealPanel';

type Outgoing = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'too-large' };

export function ShareLinkPanel({
  lang,
  t,
  deal,
  name,
  onClose,
}: {
  lang: Lang;
  t: BoardStrings;
  deal: Deal;
  name: string;
  onClose: () => void;
}) {
  const [link, setLink] = useState<Outgoing>({ state: 'loading' });
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  // Phones (and some desktops) have a system share sheet; elsewhere the link is copied.
  const canShare = 'share' in navigator;

  useEffect(() => {
    let live = true;
    void loadShare()
      .then((mod) => mod.packDeal(deal))
      .then((packed) => {
        if (!live) return;
        if (!packed.ok) return setLink({ state: 'too-large' });
        const url = `${location.origin}${localePath(lang, '/deals/')}#${packed.fragment}`;
        setLink({ state: 'ready', url });
      })
      .catch(() => live && setLink({ state: 'too-large' }));
    return () => {
      live = false;
    };
  }, [deal, lang]);

  useEffect(() => {
    document.getElementById('board-share-heading')?.focus();
  }, []);

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  }

  /** The system's share sheet (phones); where it fails for another reason than the rep closing it, copy. */
  async function shareSheet(url: string) {
    try {
      await navigator.share({ title: name, url });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy(url);
    }
  }

  return (
    <section class="pb-board-share" aria-labelledby="board-share-heading">
      <h3 id="board-share-heading" tabIndex={-1}>
        {fill(t.shareTitle, { name })}
      </h3>
      {link.state === 'too-large' ? (
        <p class="pb-warn-text" role="alert">
          {t.shareTooLarge}
        </p>
      ) : (
        <>
          <p class="pb-help">{t.shareHelp}</p>
          <label class="pb-field">
            {t.shareLinkLabel}
            <input
              id="board-share-url"
              readOnly
              value={link.state === 'ready' ? link.url : ''}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
        </>
      )}
      <div class="pb-board-buttons">
        {link.state === 'ready' && canShare && (
          <button type="button" class="pb-button pb-primary" onClick={() => void shareSheet(link.url)}>
            {t.shareSheet}
          </button>
        )}
        {link.state === 'ready' && (
          <button
            type="button"
            class={canShare ? 'pb-button' : 'pb-button pb-primary'}
            onClick={() => void copy(link.url)}
          >
            {t.shareCopy}
          </button>
        )}
        <button type="button" class="pb-button" onClick={onClose}>
          {t.shareClose}
        </button>
      </div>
      <p role="status" class="pb-help">
        {copied === 'ok' ? t.shareCopied : copied === 'failed' ? t.shareCopyFailed : ''}
      </p>
    </section>
  );
}
