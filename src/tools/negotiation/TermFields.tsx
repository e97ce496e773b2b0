// The facts recorded under their step: competitors, approval flow, close date, payment method
// and terms, the trial agreement.
import { checkedOf, valueOf } from '../shared/input';
import type { ToolAccess } from '../shared/useToolAnswers';
import { Competitors } from './Competitors';
import type { NegotiationFieldKey } from './definition';
import { Help } from './FieldHelp';
import { readTrial } from './logic';
import { readDate, readText } from '../../deals/answers';
import type { NegotiationBase } from './props';
import type { ChromeStrings } from '../../i18n/ui';

export const FIELD_ORDER: NegotiationFieldKey[] = [
  'competitors',
  'approvalFlow',
  'closeDate',
  'paymentMethod',
  'paymentTerms',
  'trialAgreement',
];

export function FieldControl({
  lang,
  definition,
  chrome,
  tool,
  fieldKey,
}: NegotiationBase & { chrome: ChromeStrings; tool: ToolAccess; fieldKey: NegotiationFieldKey }) {
  const text = definition.text;
  const field = definition.fields[fieldKey];
  const id = `negotiation-${field.id}`;
  const describedBy = field.help ? `${id}-help` : undefined;
  const saveText = (e: Event) => tool.set(field.id, valueOf(e) === '' ? undefined : valueOf(e));

  switch (fieldKey) {
    case 'competitors':
      return <Competitors lang={lang} definition={definition} chrome={chrome} tool={tool} />;
    case 'approvalFlow':
    case 'paymentTerms':
      return (
        <div class="pb-field pb-neg-field">
          <label for={id}>{field.label[lang]}</label>
          <Help id={id} field={field} lang={lang} />
          <textarea
            id={id}
            value={readText(tool.answers[field.id])}
            maxLength={5000}
            rows={3}
            aria-describedby={describedBy}
            onInput={saveText}
          />
        </div>
      );
    case 'paymentMethod':
      return (
        <div class="pb-field pb-neg-field">
          <label for={id}>{field.label[lang]}</label>
          <Help id={id} field={field} lang={lang} />
          <input
            type="text"
            id={id}
            value={readText(tool.answers[field.id])}
            maxLength={5000}
            aria-describedby={describedBy}
            onInput={saveText}
          />
        </div>
      );
    case 'closeDate':
      return (
        <div class="pb-field pb-neg-field">
          <label for={id}>{field.label[lang]}</label>
          <Help id={id} field={field} lang={lang} />
          <input
            type="date"
            id={id}
            class="pb-neg-date"
            value={readDate(tool.answers[field.id])}
            aria-describedby={describedBy}
            onChange={saveText}
          />
        </div>
      );
    case 'trialAgreement': {
      const trial = readTrial(tool.answers[field.id]);
      return (
        <fieldset class="pb-neg-field pb-neg-trial" aria-describedby={describedBy}>
          <legend>{field.label[lang]}</legend>
          <Help id={id} field={field} lang={lang} />
          <label class="pb-inline">
            <input
              type="checkbox"
              id={`${id}-signed`}
              checked={trial.signed}
              onChange={(e) => tool.patch(field.id, { signed: checkedOf(e) })}
            />
            {text.trialSigned[lang]}
          </label>
          <div class="pb-field">
            <label for={`${id}-date`}>{text.trialDate[lang]}</label>
            <input
              type="date"
              id={`${id}-date`}
              class="pb-neg-date"
              value={trial.date}
              onChange={(e) => tool.patch(field.id, { date: valueOf(e) })}
            />
          </div>
          <div class="pb-field">
            <label for={`${id}-note`}>{text.trialNote[lang]}</label>
            <input
              type="text"
              id={`${id}-note`}
              value={trial.note}
              maxLength={5000}
              onInput={(e) => tool.patch(field.id, { note: valueOf(e) })}
            />
          </div>
        </fieldset>
      );
    }
  }
}
