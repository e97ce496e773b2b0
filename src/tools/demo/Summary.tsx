// The demo preparation's summary: progress, whether it is ready and why not, the sums, the outcome.
import { fill } from '../../shared/fill';
import type { DemoStatus } from './logic';
import type { DemoBase } from './props';
import { SumsLine } from './Sums';

export function Summary({ lang, definition, status }: DemoBase & { status: DemoStatus }) {
  const text = definition.text;
  const { readiness } = status;
  const labelOf = (id: string) =>
    definition.groups.flatMap((g) => g.items).find((i) => i.id === id)?.label[lang] ?? id;
  const reasons: string[] = [];
  if (readiness.open.length > 0)
    reasons.push(
      fill(text.openPrepare[lang], {
        items: readiness.open.map(labelOf).join(text.listSeparator[lang]),
      }),
    );
  if (readiness.needAttendees) reasons.push(text.needAttendees[lang]);
  if (readiness.incomplete.length > 0)
    reasons.push(fill(text.incompleteAttendees[lang], { count: readiness.incomplete.length }));
  const outcomeLabel = definition.outcome.options.find((o) => o.id === status.outcome.outcome)?.label[lang];

  return (
    <div class="pb-summary" aria-live="polite">
      <p>
        <strong>{fill(text.progress[lang], { done: status.done, total: status.total })}</strong>
      </p>
      {readiness.ready ? (
        <p>{text.ready[lang]}</p>
      ) : (
        <p class="pb-warn-text">
          {text.notReady[lang]}
          {reasons.join(text.clauseSeparator[lang])}
        </p>
      )}
      <SumsLine lang={lang} definition={definition} status={status} />
      <p>{fill(text.outcomeSummary[lang], { outcome: outcomeLabel ?? text.outcomeUnset[lang] })}</p>
      {status.outcomeUndated && <p class="pb-warn-text">{text.outcomeUndated[lang]}</p>}
    </div>
  );
}
