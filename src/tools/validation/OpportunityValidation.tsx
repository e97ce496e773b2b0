// Stage 3: the thirteen questions, each answer confirmed or assumed; the people and
// the budget recorded under their questions; the budget checked against 3–5% of the
// profit from the qualification scorecard and against our expected price.
import type { ComponentChildren } from 'preact';
import type { Answer } from '../../deals/schema';
import type { Lang, Localized } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { localePath } from '../../i18n/lang';
import { pickedEvents } from '../events/logic';
import { itemAnchor } from '../../links/anchors';
import { fill } from '../../shared/fill';
import { amountText } from '../../shared/money';
import { ItemLink } from '../shared/ItemLink';
import { ToolFrame } from '../shared/ToolFrame';
import { textOf, useToolAnswers } from '../shared/useToolAnswers';
import type { ValidationDefinition, ValidationField } from './definition';
import {
  readAmount,
  readQuestion,
  validationSummary,
  type BudgetCheck,
  type PriceCheck,
  type QuestionStatus,
} from './logic';
import { valueOf } from '../shared/input';
import { NumberField } from '../shared/NumberField';

interface Props {
  lang: Lang;
  definition: ValidationDefinition;
  /** The compelling events of stage 2, to show the deal's picks under their question. */
  events: readonly { id: string; label: Localized }[];
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

type Text = ValidationDefinition['text'];

function formatter(lang: Lang): (n: number) => string {
  const format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
  return (n) => format.format(n);
}

function Field(props: {
  lang: Lang;
  field: ValidationField;
  value: Answer | undefined;
  text: Text;
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
        value={textOf(value)}
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
        value={textOf(value)}
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

function budgetLines(
  lang: Lang,
  text: Text,
  check: BudgetCheck,
  share: { low: number; high: number },
  profitLink: string,
): ComponentChildren {
  const n = formatter(lang);
  const pct = { lowPct: n(share.low), highPct: n(share.high) };
  if (check.range === null) {
    return (
      <p class="pb-warn-text">
        {fill(text.noProfit[lang], pct)} <a href={profitLink}>{text.fillProfit[lang]}</a>
      </p>
    );
  }
  const money = (wan: number) => amountText(wan, lang);
  const values = {
    ...pct,
    profit: money(check.profit ?? 0),
    low: money(check.range.low),
    high: money(check.range.high),
  };
  const budget = check.budget === null ? '' : money(check.budget);
  return (
    <>
      <p>{fill(text.itRange[lang], values)}</p>
      {check.position === null && <p>{text.budgetMissing[lang]}</p>}
      {check.position === 'within' && <p>{fill(text.budgetWithin[lang], { budget })}</p>}
      {check.position === 'below' && <p class="pb-warn-text">{fill(text.budgetBelow[lang], { budget })}</p>}
      {check.position === 'above' && <p class="pb-warn-text">{fill(text.budgetAbove[lang], { budget })}</p>}
    </>
  );
}

function priceLines(lang: Lang, text: Text, check: PriceCheck): ComponentChildren {
  if (check.planNeeded) {
    return (
      <p class="pb-notice pb-warn">
        {fill(text.priceBelow[lang], { gap: amountText(check.gap ?? 0, lang) })}{' '}
        {check.planMissing ? text.planMissing[lang] : text.planRecorded[lang]}
      </p>
    );
  }
  if (check.budget !== null && check.price !== null) return <p>{text.priceCovered[lang]}</p>;
  return <p>{text.priceUnknown[lang]}</p>;
}

function Questions({ lang, definition, events, itemLink }: Props) {
  const { deal, answers, set, patch } = useToolAnswers('validation');
  const { text, rules } = definition;
  const summary = validationSummary(deal?.answers ?? {}, definition);
  const budgetQuestion = definition.fields.find((f) => f.id === rules.budget)?.question;
  const priceQuestion = definition.fields.find((f) => f.id === rules.price)?.question;
  const picked = pickedEvents(deal?.answers.events ?? {}, events);
  const labelOfField = (id: string) => definition.fields.find((f) => f.id === id)?.label[lang] ?? id;
  const numberOf = (id: string) => definition.questions.findIndex((q) => q.id === id) + 1;
  const missing = [...summary.missingFields, ...(summary.price.planMissing ? [rules.plan] : [])];

  const statusLabel: Record<QuestionStatus, string> = {
    confirmed: text.confirmed[lang],
    assumed: text.assumed[lang],
    '': text.unmarked[lang],
  };

  return (
    <>
      {definition.groups.map((group) => {
        const questions = definition.questions.filter((q) => q.group === group.id);
        if (questions.length === 0) return null;
        return (
          <section key={group.id} class="pb-val-group" aria-labelledby={`validation-group-${group.id}`}>
            <h3 class="pb-val-group-title" id={`validation-group-${group.id}`}>
              {group.label[lang]}
            </h3>
            <ol class="pb-checklist">
              {questions.map((q) => {
                const saved = readQuestion(answers[q.id]);
                const id = `validation-${q.id}`;
                const fields = definition.fields.filter((f) => f.question === q.id);
                return (
                  <li key={q.id} id={itemAnchor('validation', q.id)}>
                    <div
                      class={
                        saved.status === 'confirmed' && saved.answer.trim() !== ''
                          ? 'pb-item pb-done'
                          : 'pb-item'
                      }
                      role="group"
                      aria-labelledby={`${id}-label`}
                    >
                      {/* Outside the heading line: that line names the group. */}
                      <ItemLink
                        tool="validation"
                        item={q.id}
                        title={`${numberOf(q.id)}. ${q.label[lang]}`}
                        label={itemLink}
                      />
                      <p class="pb-item-head" id={`${id}-label`}>
                        {numberOf(q.id)}. {q.label[lang]}
                      </p>
                      {q.help && (
                        <p class="pb-help" id={`${id}-help`}>
                          {q.help[lang]} <a href={`#${q.anchor}`}>{text.readMore[lang]}</a>
                        </p>
                      )}
                      {q.id === rules.events.question && (
                        <p class="pb-val-events">
                          {picked.length > 0 ? (
                            <>
                              {text.eventsPicked[lang]}
                              {picked
                                .map(
                                  (eventId) => events.find((e) => e.id === eventId)?.label[lang] ?? eventId,
                                )
                                .join(text.separator[lang])}{' '}
                            </>
                          ) : (
                            <>{text.eventsNone[lang]} </>
                          )}
                          <a href={localePath(lang, rules.events.link)}>{text.openPicker[lang]}</a>
                        </p>
                      )}
                      <div class="pb-field">
                        <label for={`${id}-answer`} id={`${id}-answer-label`}>
                          {text.answer[lang]}
                        </label>
                        <textarea
                          id={`${id}-answer`}
                          value={saved.answer}
                          maxLength={5000}
                          aria-labelledby={`${id}-label ${id}-answer-label`}
                          onInput={(e) => patch(q.id, { answer: valueOf(e) })}
                        />
                      </div>
                      <div class="pb-val-row">
                        <fieldset class="pb-val-status">
                          <legend>{text.status[lang]}</legend>
                          {(['confirmed', 'assumed', ''] as const).map((status) => (
                            <label key={status || 'unmarked'} class="pb-inline">
                              <input
                                type="radio"
                                name={`${id}-status`}
                                value={status}
                                checked={saved.status === status}
                                onChange={() => patch(q.id, { status })}
                              />
                              {statusLabel[status]}
                            </label>
                          ))}
                        </fieldset>
                        <div class="pb-field pb-val-source">
                          <label for={`${id}-source`}>{text.source[lang]}</label>
                          <input
                            id={`${id}-source`}
                            value={saved.source}
                            maxLength={5000}
                            onInput={(e) => patch(q.id, { source: valueOf(e) })}
                          />
                        </div>
                      </div>
                      {fields.length > 0 && (
                        <div class="pb-val-fields">
                          {fields.map((f) => (
                            <Field
                              key={f.id}
                              lang={lang}
                              field={f}
                              value={answers[f.id]}
                              text={text}
                              required={f.id === rules.plan && summary.price.planNeeded}
                              dealId={deal?.id ?? ''}
                              set={(value) => set(f.id, value)}
                            />
                          ))}
                        </div>
                      )}
                      {q.id === budgetQuestion && (
                        <div class="pb-val-check" aria-live="polite">
                          {budgetLines(
                            lang,
                            text,
                            summary.budget,
                            rules.itShare,
                            localePath(lang, rules.profit.link),
                          )}
                          <p class="pb-help">
                            {fill(text.ruleOfThumb[lang], {
                              lowPct: formatter(lang)(rules.itShare.low),
                              highPct: formatter(lang)(rules.itShare.high),
                            })}
                          </p>
                        </div>
                      )}
                      {q.id === priceQuestion && (
                        <div class="pb-val-check" aria-live="polite">
                          {priceLines(lang, text, summary.price)}
                        </div>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <div class="pb-summary" aria-live="polite">
        <p>
          <strong>
            {fill(text.counts[lang], {
              confirmed: summary.counts.confirmed,
              assumed: summary.counts.assumed,
              unmarked: summary.counts.unmarked,
              unanswered: summary.counts.unanswered,
              total: summary.counts.total,
            })}
          </strong>
        </p>
        {summary.counts.unansweredIds.length > 0 && (
          <p>
            {text.unansweredList[lang]}
            {summary.counts.unansweredIds.map((qid, i) => (
              <span key={qid}>
                {i > 0 && text.separator[lang]}
                <a href={`#validation-${qid}-answer`}>
                  {fill(text.questionShort[lang], { n: numberOf(qid) })}
                </a>
              </span>
            ))}
          </p>
        )}
        {summary.counts.unmarked > 0 && <p class="pb-warn-text">{text.unmarkedNote[lang]}</p>}
        {missing.length > 0 && (
          <p>
            {text.missingFields[lang]}
            {missing.map((fid, i) => (
              <span key={fid}>
                {i > 0 && text.separator[lang]}
                <a href={`#validation-${fid}`}>{labelOfField(fid)}</a>
              </span>
            ))}
          </p>
        )}
        <p class={summary.ready ? 'pb-val-ready' : ''}>
          <strong>{summary.ready ? text.ready[lang] : text.notReady[lang]}</strong>
        </p>
      </div>
    </>
  );
}

export function OpportunityValidation(props: Props & { chrome: ChromeStrings }) {
  return (
    <ToolFrame lang={props.lang} chrome={props.chrome} id="validation">
      {() => <Questions {...props} />}
    </ToolFrame>
  );
}
