// The negotiation's summary: progress and the next step, competitors, close date, warnings.
import { localePath } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import type { NegotiationStatus } from './logic';
import type { NegotiationBase } from './props';

export function Summary({ lang, definition, status }: NegotiationBase & { status: NegotiationStatus }) {
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
