// A fact recorded under its question: a person's name, the budget, our expected price, the plan.
import type { ComponentChildren } from 'preact';
import type { Answer } from '../../deals/schema';
import type { Lang } from '../../i18n/lang';
import { valueOf } from '../shared/input';
import { NumberField } from '../shared/NumberField';
import type { ValidationField } from './definition';
import { readAmount, readText } from '../../deals/answers';
import type { ValidationText } from './props';

export function Field(props: {
  lang: Lang;
  field: ValidationField;
  value: Answer | undefined;
  text: ValidationText;
  required?: boolean;
  /** The current deal: a new deal remounts the amount input with that deal's value. */
  dealId: string;
  set: (value: Answer | undefined) => void;
}) {
  const { lang, field, value, set } = props;
  const id = `validation-${field.id}`;
  const helpId = `${id}-help`;
  let control: ComponentChildren;
  if (field.kind === 'number') {
    control = (
      <NumberField
        key={props.dealId}
        id={id}
        wan
        value={readAmount(value)}
        describedBy={helpId}
        invalidText={props.text.notNumber[lang]}
        onValue={(n) => set(n ?? undefined)}
      />
    );
  } else if (field.kind === 'textarea') {
    control = (
      <textarea
        id={id}
        value={readText(value)}
        maxLength={5000}
        aria-describedby={helpId}
        aria-required={props.required ? 'true' : undefined}
        onInput={(e) => set(valueOf(e))}
      />
    );
  } else {
    control = (
      <input
        id={id}
        value={readText(value)}
        maxLength={5000}
        aria-describedby={helpId}
        onInput={(e) => set(valueOf(e))}
      />
    );
  }
  return (
    <div class={field.kind === 'textarea' ? 'pb-field pb-val-wide' : 'pb-field'}>
      <label for={id}>{field.label[lang]}</label>
      {control}
      <span class="pb-help" id={helpId}>
        {field.help?.[lang] ?? ''}
      </span>
    </div>
  );
}
