// The questionnaire's summary: how many answers are confirmed, assumed, unmarked or missing,
// links to what is still open, and whether the deal may go on to the demo.
import { fill } from '../../shared/fill';
import type { ValidationSummary } from './logic';
import type { ValidationProps } from './props';

export function Summary({
  lang,
  definition,
  summary,
}: Pick<ValidationProps, 'lang' | 'definition'> & { summary: ValidationSummary }) {
  const { text, rules } = definition;
  const labelOfField = (id: string) => definition.fields.find((f) => f.id === id)?.label[lang] ?? id;
  const numberOf = (id: string) => definition.questions.findIndex((q) => q.id === id) + 1;
  const missing = [...summary.missingFields, ...(summary.price.planMissing ? [rules.plan] : [])];

  return (
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
              <a href={`#validation-${qid}-answer`}>{fill(text.questionShort[lang], { n: numberOf(qid) })}</a>
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
  );
}
