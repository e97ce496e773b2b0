// After the demo: its date and outcome.
import { valueOf } from '../shared/input';
import type { DemoPartProps } from './props';

export function Outcome({ lang, definition, tool, status }: DemoPartProps) {
  const text = definition.text;
  const { outcome } = definition;
  return (
    <section class="pb-demo-group">
      <h3>{text.outcomeTitle[lang]}</h3>
      <div class="pb-demo-outcome">
        <div class="pb-field">
          <label for={`demo-${outcome.dateId}`}>{text.dateLabel[lang]}</label>
          <input
            type="date"
            id={`demo-${outcome.dateId}`}
            value={status.outcome.date}
            onChange={(e) => tool.set(outcome.dateId, valueOf(e) || undefined)}
          />
        </div>
        <div class="pb-field">
          <label for={`demo-${outcome.id}`}>{text.outcomeLabel[lang]}</label>
          <select
            id={`demo-${outcome.id}`}
            value={status.outcome.outcome}
            onChange={(e) => tool.set(outcome.id, valueOf(e) || undefined)}
          >
            <option value="">{text.outcomeUnset[lang]}</option>
            {outcome.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
