// Stage 7: the four implementation steps, each ticked off with its date; a step the process
// lets this customer skip (step 3 for a customer that is not project-type) can be marked not applicable.
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { fill } from '../../shared/fill';
import { ChecklistItem } from '../shared/ChecklistItem';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { implementationGate } from '../gates';
import { useToolAnswers } from '../shared/useToolAnswers';
import type { ImplementationDefinition } from './definition';
import { implementationProgress, readStep } from './logic';
import { checkedOf, valueOf } from '../shared/input';

interface Props {
  lang: Lang;
  definition: ImplementationDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

function Steps({ lang, definition, itemLink }: Props) {
  const { answers, patch } = useToolAnswers('implementation');
  const text = definition.text;
  const progress = implementationProgress(answers, definition.items);
  const nextItem = definition.items.find((item) => item.id === progress.next);

  return (
    <>
      <ol class="pb-checklist">
        {definition.items.map((item) => {
          const step = readStep(answers[item.id], item);
          const id = `implementation-${item.id}`;
          const settled = step.done || step.notApplicable;
          return (
            <ChecklistItem
              key={item.id}
              tool="implementation"
              item={item.id}
              label={item.label[lang]}
              title={item.label[lang]}
              itemLink={itemLink}
              done={settled}
              notApplicable={step.notApplicable && !step.done}
              check={{
                checked: step.done,
                disabled: step.notApplicable && !step.done,
                onChange: (done) => patch(item.id, { done }),
              }}
              help={
                item.help && (
                  <>
                    {item.help[lang]} <a href={`#${item.anchor}`}>{text.readMore[lang]}</a>
                  </>
                )
              }
            >
              {item.skippable && (
                <>
                  <label class="pb-field pb-inline">
                    <input
                      type="checkbox"
                      checked={step.notApplicable}
                      disabled={step.done}
                      aria-describedby={`${id}-na`}
                      onChange={(e) => patch(item.id, { notApplicable: checkedOf(e) })}
                    />{' '}
                    {text.notApplicable[lang]}
                  </label>
                  <p class="pb-help" id={`${id}-na`}>
                    {item.skippable.when[lang]}
                  </p>
                </>
              )}
              <label class="pb-field pb-inline">
                {text.date[lang]}
                <input type="date" value={step.date} onChange={(e) => patch(item.id, { date: valueOf(e) })} />
              </label>
            </ChecklistItem>
          );
        })}
      </ol>
      <div class="pb-summary" aria-live="polite">
        <p>
          <strong>{fill(text.progress[lang], { done: progress.done, total: progress.total })}</strong>
          {progress.notApplicable.length > 0 &&
            fill(text.notApplicableCount[lang], { count: progress.notApplicable.length })}
          {progress.complete
            ? ` — ${progress.notApplicable.length > 0 ? text.completeSkipped[lang] : text.complete[lang]}`
            : nextItem
              ? ` — ${text.next[lang]}${nextItem.label[lang]}`
              : ''}
        </p>
        {progress.undated.length > 0 && <p class="pb-warn-text">{text.undated[lang]}</p>}
      </div>
    </>
  );
}

export function ImplementationChecklist(
  props: Props & { chrome: ChromeStrings; states?: StateStrings | undefined },
) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id="implementation"
      states={props.states}
      gate={(answers) => implementationGate(answers, { implementation: props.definition.items })}
    >
      {() => <Steps {...props} />}
    </ToolFrame>
  );
}
