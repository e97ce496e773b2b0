// The one number field of every tool (money in 万元, counts): what the rep typed stays as
// typed while it is being edited, the value it means is saved through the one amount
// parser (src/shared/amount.ts), and text that is not an amount the field takes gets a
// message beside the field and saves nothing, so the saved value stays as it was.
import { useEffect, useState } from 'preact/hooks';
import { parseAmount, type AmountRules } from '../../shared/amount';
import { valueOf } from './input';

interface Props extends AmountRules {
  id: string;
  /** The saved value, or null when none is. */
  value: number | null;
  /** Said beside the field while its text is refused. */
  invalidText: string;
  /** Ids of the help text describing the field. */
  describedBy?: string | undefined;
  /** The unit written after the field (万元, 人). */
  unit?: string | undefined;
  class?: string | undefined;
  onValue: (value: number | null) => void;
}

export function NumberField(props: Props) {
  const { id, value, integer, wan, onValue } = props;
  const rules = { integer, wan };
  // What the rep is typing; null shows the saved value.
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseAmount(draft, rules);
  const invalid = parsed !== null && !parsed.ok;
  // Another tab or an undo changed the saved value: show it, unless the typed text means it.
  useEffect(() => {
    if (parsed && !(parsed.ok && parsed.value === value)) setDraft(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the saved value resets the draft
  }, [value]);
  const describedBy = [invalid ? `${id}-invalid` : '', props.describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        class={props.class}
        value={draft ?? (value === null ? '' : String(value))}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => {
          const raw = valueOf(event);
          setDraft(raw);
          const next = parseAmount(raw, rules);
          if (next.ok) onValue(next.value);
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      {props.unit && <span>{props.unit}</span>}
      {invalid && (
        <span class="pb-warn-text" id={`${id}-invalid`}>
          {props.invalidText}
        </span>
      )}
    </>
  );
}
