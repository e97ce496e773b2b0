// Opening a deal shared as a link on the board: save it as a new deal, or, when it is
// saved here already, make that deal current. The packing code (src/share/pack.ts) is
// loaded with import() only when a link is made or opened (ShareLinkPanel.tsx).
import { useEffect, useState } from 'preact/hooks';
import { newDealId } from '../deals/id';
import type { Deal } from '../deals/schema';
import { findSameDeal } from './deal-match';
import { summarizeDeal, type SummaryDefinitions } from './summary';
import { fill } from '../shared/fill';
import { isShareHash } from '../share/hash';
import type { BoardStrings } from './definition';
import { VERDICT_KEY } from './format';
import { reachedText } from './StageProgress';

/** The packing code, loaded only when a link is made or opened. */
export const loadShare = () => import('../share/pack');

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
  deals,
  untitled,
  onSave,
  onOpen,
}: {
  t: BoardStrings;
  stages: readonly { id: string; title: string }[];
  definitions: SummaryDefinitions;
  editable: boolean;
  /** The deals here: a link whose deal is already saved opens that deal instead. */
  deals: Readonly<Record<string, Deal>>;
  untitled: string;
  /** Saves the deal (already given a new id); true when it was saved. */
  onSave: (deal: Deal) => boolean;
  /** Makes a deal already saved here the current one. */
  onOpen: (deal: Deal) => void;
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
  const saved = findSameDeal(deals, deal);
  if (saved)
    return (
      <section class="pb-board-shared" aria-labelledby="board-shared-heading">
        <h2 id="board-shared-heading" tabIndex={-1}>
          {t.sharedTitle}
        </h2>
        <p>{fill(t.sharedAlready, { name: saved.name.trim() || untitled })}</p>
        <div class="pb-board-buttons">
          <button
            type="button"
            class="pb-button pb-primary"
            onClick={() => {
              close();
              onOpen(saved);
            }}
          >
            {t.sharedOpenSaved}
          </button>
          <button type="button" class="pb-button" onClick={close}>
            {t.dismiss}
          </button>
        </div>
      </section>
    );
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
