// One of the thirteen questions: its answer, confirmed or assumed and from which source, the
// facts recorded under it, and under the budget and price questions their checks.
import { localePath } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import { ChecklistItem } from '../shared/ChecklistItem';
import { valueOf } from '../shared/input';
import type { ToolAccess } from '../shared/useToolAnswers';
import { budgetLines, priceLines } from './Checks';
import { figureText } from '../../shared/money';
import type { ValidationQuestion } from './definition';
import { readQuestion, type QuestionStatus, type ValidationSummary } from './logic';
import type { ValidationProps } from './props';
import { Field } from './QuestionField';

const STATUSES = ['confirmed', 'assumed', ''] as const;

export function Question({
  lang,
  definition,
  events,
  itemLink,
  question: q,
  number,
  tool,
  dealId,
  summary,
  picked,
}: ValidationProps & {
  question: ValidationQuestion;
  number: number;
  tool: ToolAccess;
  dealId: string;
  summary: ValidationSummary;
  /** The compelling events the deal picked in stage 2. */
  picked: readonly string[];
}) {
  const { text, rules } = definition;
  const saved = readQuestion(tool.answers[q.id]);
  const id = `validation-${q.id}`;
  const fields = definition.fields.filter((f) => f.question === q.id);
  const budgetQuestion = definition.fields.find((f) => f.id === rules.budget)?.question;
  const priceQuestion = definition.fields.find((f) => f.id === rules.price)?.question;
  const statusLabel: Record<QuestionStatus, string> = {
    confirmed: text.confirmed[lang],
    assumed: text.assumed[lang],
    '': text.unmarked[lang],
  };

  return (
    <ChecklistItem
      tool="validation"
      item={q.id}
      label={`${number}. ${q.label[lang]}`}
      title={`${number}. ${q.label[lang]}`}
      itemLink={itemLink}
      done={saved.status === 'confirmed' && saved.answer.trim() !== ''}
      help={
        q.help && (
          <>
            {q.help[lang]} <a href={`#${q.anchor}`}>{text.readMore[lang]}</a>
          </>
        )
      }
    >
      {q.id === rules.events.question && (
        <p class="pb-val-events">
          {picked.length > 0 ? (
            <>
              {text.eventsPicked[lang]}
              {picked
                .map((eventId) => events.find((e) => e.id === eventId)?.label[lang] ?? eventId)
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
          onInput={(e) => tool.patch(q.id, { answer: valueOf(e) })}
        />
      </div>
      <div class="pb-val-row">
        <fieldset class="pb-val-status">
          <legend>{text.status[lang]}</legend>
          {STATUSES.map((status) => (
            <label key={status || 'unmarked'} class="pb-inline">
              <input
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={saved.status === status}
                onChange={() => tool.patch(q.id, { status })}
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
            onInput={(e) => tool.patch(q.id, { source: valueOf(e) })}
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
              value={tool.answers[f.id]}
              text={text}
              required={f.id === rules.plan && summary.price.planNeeded}
              dealId={dealId}
              set={(value) => tool.set(f.id, value)}
            />
          ))}
        </div>
      )}
      {q.id === budgetQuestion && (
        <div class="pb-val-check" aria-live="polite">
          {budgetLines(lang, text, summary.budget, rules.itShare, localePath(lang, rules.profit.link))}
          <p class="pb-help">
            {fill(text.ruleOfThumb[lang], {
              lowPct: figureText(rules.itShare.low),
              highPct: figureText(rules.itShare.high),
            })}
          </p>
        </div>
      )}
      {q.id === priceQuestion && (
        <div class="pb-val-check" aria-live="polite">
          {priceLines(lang, text, summary.price)}
        </div>
      )}
    </ChecklistItem>
  );
}
