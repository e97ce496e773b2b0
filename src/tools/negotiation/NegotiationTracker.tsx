// Stage 5: the eleven negotiation steps, each ticked off with a note, and under
// its step each fact the rep records: competitors, approval flow, close date,
// payment method and terms, the trial agreement.
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { localePath } from '../../i18n/lang';
import { $currentDeal } from '../../storage/index';
import { itemAnchor } from '../../links/anchors';
import { fill } from '../../shared/fill';
import { ItemLink } from '../shared/ItemLink';
import { ToolFrame } from '../shared/ToolFrame';
import { textOf, useToolAnswers, type ToolAnswers } from '../shared/useToolAnswers';
import type { NegotiationDefinition, NegotiationFieldKey } from './definition';
import {
  addCompetitor,
  localToday,
  negotiationStatus,
  readCompetitors,
  readDate,
  readStep,
  readTrial,
  removeCompetitor,
  type NegotiationStatus,
} from './logic';
import { checkedOf, valueOf } from '../shared/input';

interface Props {
  lang: Lang;
  definition: NegotiationDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

type Tool = Pick<ToolAnswers, 'answers' | 'set' | 'patch'>;
type Field = NegotiationDefinition['fields'][NegotiationFieldKey];

const FIELD_ORDER: NegotiationFieldKey[] = [
  'competitors',
  'approvalFlow',
  'closeDate',
  'paymentMethod',
  'paymentTerms',
  'trialAgreement',
];

function Help({ id, field, lang }: { id: string; field: Field; lang: Lang }) {
  return field.help ? (
    <p class="pb-help" id={`${id}-help`}>
      {field.help[lang]}
    </p>
  ) : null;
}

function Competitors({ lang, definition, tool }: Props & { tool: Tool }) {
  const text = definition.text;
  const field = definition.fields.competitors;
  const id = `negotiation-${field.id}`;
  const list = readCompetitors(tool.answers[field.id]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The list as stored right now, not this render's copy: quick edits must not undo each other.
  const latest = () => readCompetitors($currentDeal.get()?.answers.negotiation?.[field.id]);

  const add = (event: Event) => {
    event.preventDefault();
    const result = addCompetitor(latest(), name);
    if (result.ok) {
      tool.set(field.id, result.list);
      setName('');
      setMessage('');
    } else if (result.reason === 'duplicate') {
      setMessage(fill(text.duplicateCompetitor[lang], { name: name.trim() }));
    }
    input.current?.focus();
  };
  const remove = (competitor: string) => {
    tool.set(field.id, removeCompetitor(latest(), competitor));
    setMessage('');
    input.current?.focus();
  };

  return (
    <div class="pb-neg-field" role="group" aria-labelledby={`${id}-title`}>
      <p class="pb-neg-field-title" id={`${id}-title`}>
        {field.label[lang]}
      </p>
      <Help id={id} field={field} lang={lang} />
      {list.length === 0 ? (
        <p class="pb-help">{text.noCompetitors[lang]}</p>
      ) : (
        <ul class="pb-neg-list">
          {list.map((competitor) => (
            <li key={competitor}>
              <span>{competitor}</span>
              <button
                type="button"
                class="pb-button"
                aria-label={fill(text.removeCompetitor[lang], { name: competitor })}
                onClick={() => remove(competitor)}
              >
                {text.remove[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="pb-neg-add" onSubmit={add}>
        <label for={`${id}-new`}>{text.competitorName[lang]}</label>
        <input
          type="text"
          id={`${id}-new`}
          ref={input}
          value={name}
          maxLength={200}
          aria-describedby={`${id}-message`}
          onInput={(e) => {
            setName(valueOf(e));
            setMessage('');
          }}
        />
        <button type="submit" class="pb-button">
          {text.addCompetitor[lang]}
        </button>
      </form>
      <p class="pb-warn-text" id={`${id}-message`} aria-live="polite">
        {message}
      </p>
    </div>
  );
}

function FieldControl({
  lang,
  definition,
  tool,
  fieldKey,
}: Props & { tool: Tool; fieldKey: NegotiationFieldKey }) {
  const text = definition.text;
  const field = definition.fields[fieldKey];
  const id = `negotiation-${field.id}`;
  const describedBy = field.help ? `${id}-help` : undefined;
  const saveText = (e: Event) => tool.set(field.id, valueOf(e) === '' ? undefined : valueOf(e));

  switch (fieldKey) {
    case 'competitors':
      return <Competitors lang={lang} definition={definition} tool={tool} />;
    case 'approvalFlow':
    case 'paymentTerms':
      return (
        <div class="pb-field pb-neg-field">
          <label for={id}>{field.label[lang]}</label>
          <Help id={id} field={field} lang={lang} />
          <textarea
            id={id}
            value={textOf(tool.answers[field.id])}
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
            value={textOf(tool.answers[field.id])}
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

function Summary({ lang, definition, status }: Props & { status: NegotiationStatus }) {
  const text = definition.text;
  const sep = text.listSeparator[lang];
  const next = definition.steps.find((s) => s.id === status.next);
  const fieldLabel = (fieldId: string) =>
    Object.values(definition.fields).find((f) => f.id === fieldId)?.label[lang] ?? fieldId;

  return (
    <div class="pb-summary" aria-live="polite">
      <p>
        <strong>{fill(text.progress[lang], { done: status.done, total: status.total })}</strong>
        {status.complete
          ? ` — ${fill(text.complete[lang], { total: status.total })}`
          : next
            ? ` — ${text.next[lang]}${next.label[lang]}`
            : ''}
      </p>
      <p>
        {fill(text.competitorsSummary[lang], {
          names: status.competitors.length > 0 ? status.competitors.join(sep) : text.none[lang],
        })}
      </p>
      <p>{fill(text.closeDateSummary[lang], { date: status.closeDate || text.notSet[lang] })}</p>
      {status.warnings.length > 0 && (
        <ul class="pb-neg-warnings">
          {status.warnings.map((warning) => {
            switch (warning.kind) {
              case 'competitors-after-signing':
                return (
                  <li key={warning.kind} class="pb-warn-text">
                    {fill(text.warnCompetitors[lang], { names: warning.competitors.join(sep) })}{' '}
                    <a href={localePath(lang, definition.rules.noCompetitorsHref)}>
                      {text.conditionLink[lang]}
                    </a>
                  </li>
                );
              case 'close-date-passed':
                return (
                  <li key={warning.kind} class="pb-warn-text">
                    {fill(text.warnCloseDate[lang], { date: warning.date })}
                  </li>
                );
              case 'payment-missing':
                return (
                  <li key={warning.kind} class="pb-warn-text">
                    {fill(text.warnPayment[lang], { fields: warning.fields.map(fieldLabel).join(sep) })}
                  </li>
                );
            }
          })}
        </ul>
      )}
    </div>
  );
}

function Tracker({ lang, definition, itemLink }: Props) {
  const { answers, set, patch } = useToolAnswers('negotiation');
  const tool: Tool = { answers, set, patch };
  const text = definition.text;
  const status = negotiationStatus(answers, definition, localToday(new Date()));

  return (
    <>
      <Summary lang={lang} definition={definition} status={status} />
      <ol class="pb-checklist">
        {definition.steps.map((step) => {
          const answer = readStep(answers[step.id]);
          const id = `negotiation-${step.id}`;
          const fieldKeys = FIELD_ORDER.filter((key) => definition.fields[key].step === step.id);
          return (
            <li
              key={step.id}
              id={itemAnchor('negotiation', step.id)}
              class={answer.done ? 'pb-item pb-done' : 'pb-item'}
            >
              <div class="pb-item-head">
                <input
                  type="checkbox"
                  id={id}
                  checked={answer.done}
                  aria-describedby={step.help ? `${id}-help` : undefined}
                  onChange={(e) => patch(step.id, { done: checkedOf(e) })}
                />
                <label for={id} id={`${id}-label`}>
                  {step.label[lang]}
                </label>
                <ItemLink tool="negotiation" item={step.id} title={step.label[lang]} label={itemLink} />
              </div>
              {step.help && (
                <p class="pb-help" id={`${id}-help`}>
                  {step.help[lang]} <a href={`#${step.anchor}`}>{text.readMore[lang]}</a>
                </p>
              )}
              {fieldKeys.map((key) => (
                <FieldControl key={key} lang={lang} definition={definition} tool={tool} fieldKey={key} />
              ))}
              <div class="pb-field">
                <label for={`${id}-note`} id={`${id}-note-label`}>
                  {text.note[lang]}
                </label>
                <textarea
                  id={`${id}-note`}
                  class="pb-neg-note"
                  value={answer.note}
                  maxLength={5000}
                  rows={2}
                  aria-labelledby={`${id}-note-label ${id}-label`}
                  onInput={(e) => patch(step.id, { note: valueOf(e) })}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function NegotiationTracker(props: Props & { chrome: ChromeStrings }) {
  return (
    <ToolFrame lang={props.lang} chrome={props.chrome} id="negotiation">
      {() => <Tracker {...props} />}
    </ToolFrame>
  );
}
