// The new-deal form: a name (required) and a customer.
import { useState } from 'preact/hooks';
import { LIMITS } from '../deals/constants';
import type { BoardStrings } from './definition';

export function CreateDealForm(props: {
  t: BoardStrings;
  editable: boolean;
  /** Creates the deal; true when the form is done (cleared and closed). */
  onCreate: (name: string, customer: string) => boolean;
  /** Shown only when there is a list to go back to. */
  onCancel?: (() => void) | undefined;
}) {
  const { t } = props;
  const [name, setName] = useState('');
  const [customer, setCustomer] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (!props.onCreate(name.trim(), customer.trim())) return;
    setName('');
    setCustomer('');
  };
  return (
    <form class="pb-board-create" aria-labelledby="board-create-title" onSubmit={submit}>
      <h3 id="board-create-title">{t.newDealTitle}</h3>
      <div class="pb-board-fields">
        <label class="pb-field">
          {t.dealName}
          <input
            id="board-new-name"
            value={name}
            maxLength={LIMITS.name}
            required
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label class="pb-field">
          {t.customer}
          <input
            value={customer}
            maxLength={LIMITS.customer}
            onInput={(e) => setCustomer(e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="pb-board-buttons">
        <button type="submit" class="pb-button pb-primary" disabled={!props.editable}>
          {t.create}
        </button>
        {props.onCancel && (
          <button type="button" class="pb-button" onClick={props.onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
