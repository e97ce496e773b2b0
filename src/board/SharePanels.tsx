// Sharing one deal as a link, and opening such a link on the board. The packing
// code (src/share/pack.ts) is loaded with import() only when one of them is used.
import { useEffect, useState } from 'preact/hooks';
import { newDealId } from '../deals/id';
import type { Deal } from '../deals/schema';
import { summarizeDeal, type SummaryDefinitions } from './summary';
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import { fill } from '../shared/fill';
import { isShareHash } from '../share/hash';
import type { BoardStrings } from './definition';
import { VERDICT_KEY } from './format';
import { reachedText } from './StageProgress';

const loadShare = () => import('../share/pack');

/** Removes the share fragment from the address, so a reload does not offer it again. */
function clearHash(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

type Incoming =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; deal: Deal };

export function SharedDealPanel({
  t,
  stages,
  definitions,
  editable,
  onSave,
}: {
  t: BoardStrings;
  stages: readonly { id: string; title: string }[];
  definitions: SummaryDefinitions;
  editable: boolean;
  /** Saves the deal (already given a new id); true when it was saved. */
  onSave: (deal: Deal) => boolean;
}) {
  const [incoming, setIncoming] = useState<Incoming>({ state: 'none' });

  useEffect(() => {
    let live = true;
    async function read() {
      if (!isShareHash(location.hash)) return;
      setIncoming({ state: 'loading' });
      let result: Awaited<ReturnType<Awaited<ReturnType<typeof loadShare>>['unpackDeal']>>;
      try {
        result = await (await loadShare()).unpackDeal(location.hash);
      } catch {
        result = { ok: false, error: 'damaged' };
      }
      if (!live) return;
      if (result.ok) setIncoming({ state: 'ready', deal: result.deal });
      else {
        const message = {
          damaged: t.sharedDamaged,
          'too-large': t.sharedTooLarge,
          newer: t.sharedNewer,
          invalid: fill(t.sharedInvalid, { detail: result.detail ?? '' }),
        }[result.error];
        setIncoming({ state: 'error', message });
      }
    }
    void read();
    const onHash = () => void read();
    addEventListener('hashchange', onHash);
    return () => {
      live = false;
      removeEventListener('hashchange', onHash);
    };
  }, [t]);

  useEffect(() => {
    if (incoming.state === 'ready' || incoming.state === 'error')
      document.getElementById('board-shared-heading')?.focus();
  }, [incoming.state]);

  if (incoming.state === 'none') return null;
  const close = () => {
    clearHash();
    setIncoming({ state: 'none' });
  };

  if (incoming.state === 'loading')
    return (
      <section class="pb-board-shared" aria-busy="true">
        <p>{t.sharedLoading}</p>
      </section>
    );

  if (incoming.state === 'error')
    return (
      <section class="pb-board-shared pb-notice pb-warn" role="alert" aria-labelledby="board-shared-heading">
        <h2 id="board-shared-heading" tabIndex={-1}>
          {t.sharedTitle}
        </h2>
        <p class="pb-board-shared-error">{incoming.message}</p>
        <div class="pb-board-buttons">
          <button type="button" class="pb-button" onClick={close}>
            {t.dismiss}
          </button>
        </div>
      </section>
    );

  const deal = incoming.deal;
  const summary = summarizeDeal(deal, definitions);
  const save = () => {
    const now = new Date().toISOString();
    const copy: Deal = { ...deal, id: newDealId(), createdAt: now, updatedAt: now, rev: 0 };
    if (onSave(copy)) close();
  };
  return (
    <section class="pb-board-shared" aria-labelledby="board-shared-heading">
      <h2 id="board-shared-heading" tabIndex={-1}>
        {t.sharedTitle}
      </h2>
      <p>{t.sharedBody}</p>
      <dl class="pb-summary-facts">
        <div>
          <dt>{t.dealName}</dt>
          <dd>{deal.name.trim() || '—'}</dd>
        </div>
        <div>
          <dt>{t.customer}</dt>
          <dd>{deal.customer.trim() || t.noCustomer}</dd>
        </div>
        <div>
          <dt>{t.colStage}</dt>
          <dd>{reachedText(t, summary.progress, stages)}</dd>
        </div>
        <div>
          <dt>{t.colVerdict}</dt>
          <dd data-verdict={summary.verdict}>{t[VERDICT_KEY[summary.verdict]]}</dd>
        </div>
        <div>
          <dt>{t.colEvents}</dt>
          <dd>{fill(t.eventsValue, { n: summary.eventCount })}</dd>
        </div>
        <div>
          <dt>{t.colClose}</dt>
          <dd>{fill(t.closeValue, { met: summary.closeMet, total: summary.closeTotal })}</dd>
        </div>
      </dl>
      <div class="pb-board-buttons">
        <button type="button" class="pb-button pb-primary" disabled={!editable} onClick={save}>
          {t.sharedSave}
        </button>
        <button type="button" class="pb-button" onClick={close}>
          {t.sharedDiscard}
        </button>
      </div>
    </section>
  );
}

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
        {link.state === 'ready' && (
          <button type="button" class="pb-button pb-primary" onClick={() => void copy(link.url)}>
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
