// The current-deal switcher every tool shows: pick a deal, create one, or go to the board.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import { localePath } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { $currentDealId, $deals, byRecent, createDeal, setCurrentDeal } from '../../storage/index';
import { valueOf } from './input';

export function dealTitle(deal: { name: string; customer: string }, untitled: string): string {
  const name = deal.name.trim() || untitled;
  return deal.customer.trim() ? `${name} · ${deal.customer.trim()}` : name;
}

export function DealBar({
  t,
  lang,
  idPrefix,
  ready,
  onCreated,
}: {
  t: ChromeStrings;
  lang: Lang;
  idPrefix: string;
  /** False while the island starts: the list stays as the server drew it until the deals are shown. */
  ready: boolean;
  /** Called once a deal is created from the form: the tool then takes focus. */
  onCreated?: () => void;
}) {
  const dealMap = useStore($deals);
  const deals = useMemo(() => (ready ? Object.values(dealMap).toSorted(byRecent) : []), [dealMap, ready]);
  const storedId = useStore($currentDealId);
  const currentId = ready ? storedId : null;
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [customer, setCustomer] = useState('');

  const current = deals.find((deal) => deal.id === currentId);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const nameFieldRef = useRef<HTMLInputElement>(null);

  // The form opens at its first field (it follows the button, so Tab goes there too).
  useEffect(() => {
    if (creating) nameFieldRef.current?.focus();
  }, [creating]);

  const cancel = () => {
    setCreating(false);
    toggleRef.current?.focus();
  };

  const submit = (event: Event) => {
    event.preventDefault();
    createDeal(name.trim(), customer.trim());
    setCreating(false);
    setName('');
    setCustomer('');
    onCreated?.();
  };

  return (
    <div class="pb-dealbar">
      <div class="pb-dealbar-row">
        <label for={`${idPrefix}-deal`}>{t.currentDeal}</label>
        <select
          id={`${idPrefix}-deal`}
          value={currentId ?? ''}
          title={current ? dealTitle(current, t.untitled) : undefined}
          disabled={deals.length === 0}
          onChange={(e) => setCurrentDeal(valueOf(e) || null)}
        >
          {deals.length === 0 && <option value="">{t.noDeals}</option>}
          {currentId === null && deals.length > 0 && <option value="">—</option>}
          {deals.map((deal) => (
            <option key={deal.id} value={deal.id}>
              {dealTitle(deal, t.untitled)}
            </option>
          ))}
        </select>
        <a class="pb-link" href={localePath(lang, '/deals/')}>
          {t.openBoard}
        </a>
        <button
          type="button"
          class="pb-button"
          ref={toggleRef}
          aria-expanded={creating}
          onClick={() => setCreating(!creating)}
        >
          {t.newDeal}
        </button>
      </div>
      {creating && (
        <form class="pb-dealbar-new" onSubmit={submit}>
          <label>
            {t.dealName}
            <input
              ref={nameFieldRef}
              value={name}
              maxLength={200}
              required
              onInput={(e) => setName(valueOf(e))}
            />
          </label>
          <label>
            {t.customer}
            <input value={customer} maxLength={200} onInput={(e) => setCustomer(valueOf(e))} />
          </label>
          <button type="submit" class="pb-button pb-primary">
            {t.create}
          </button>
          <button type="button" class="pb-button" onClick={cancel}>
            {t.cancel}
          </button>
        </form>
      )}
    </div>
  );
}
