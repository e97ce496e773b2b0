// The two sums of the demo (万元), their total, and which are still missing.
import type { Lang } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import { NumberField } from '../shared/NumberField';
import type { DemoDefinition } from './definition';
import { amountText } from '../../shared/money';
import type { DemoStatus } from './logic';
import type { DemoBase, DemoPartProps } from './props';

/** A 万元 figure: the typed text stays as typed while focused; the stored number is what counts. */
function FigureField({
  lang,
  figure,
  value,
  invalidText,
  onChange,
}: {
  lang: Lang;
  figure: DemoDefinition['sums']['figures'][number];
  value: number | null;
  invalidText: string;
  onChange: (value: number | undefined) => void;
}) {
  const id = `demo-${figure.id}`;
  return (
    <div class="pb-field">
      <label for={id}>{figure.label[lang]}</label>
      <NumberField
        id={id}
        wan
        class="pb-demo-figure"
        value={value}
        describedBy={figure.help ? `${id}-help` : undefined}
        invalidText={invalidText}
        onValue={(n) => onChange(n ?? undefined)}
      />
      {figure.help && (
        <p class="pb-help" id={`${id}-help`}>
          {figure.help[lang]}
        </p>
      )}
    </div>
  );
}

export function Sums({ lang, definition, tool, status }: DemoPartProps) {
  const text = definition.text;
  return (
    <div class="pb-demo-block">
      <h4>{text.sumsTitle[lang]}</h4>
      <div class="pb-demo-figures">
        {definition.sums.figures.map((figure) => (
          <FigureField
            key={figure.id}
            lang={lang}
            figure={figure}
            value={status.sums.values[figure.id] ?? null}
            invalidText={text.figureInvalid[lang]}
            onChange={(value) => tool.set(figure.id, value)}
          />
        ))}
      </div>
      <SumsLine lang={lang} definition={definition} status={status} />
    </div>
  );
}

export function SumsLine({ lang, definition, status }: DemoBase & { status: DemoStatus }) {
  const text = definition.text;
  const { total, missing } = status.sums;
  const labels = definition.sums.figures
    .filter((f) => missing.includes(f.id))
    .map((f) => f.label[lang])
    .join(text.listSeparator[lang]);
  return (
    <>
      {total === null ? (
        <p class="pb-warn-text">{text.sumsNone[lang]}</p>
      ) : (
        <p>
          <strong>{fill(text.sumsTotal[lang], { total: amountText(total, lang) })}</strong>
        </p>
      )}
      {total !== null && missing.length > 0 && (
        <p class="pb-warn-text">{fill(text.sumsMissing[lang], { items: labels })}</p>
      )}
    </>
  );
}
