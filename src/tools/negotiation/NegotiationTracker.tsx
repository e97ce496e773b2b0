// Stage 5: the eleven negotiation steps, each ticked off with a note, and under
// its step each fact the rep records: competitors, approval flow, close date,
// payment method and terms, the trial agreement.
import { ChecklistItem } from '../shared/ChecklistItem';
import { valueOf } from '../shared/input';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { negotiationGate } from '../gates';
import { useToolAnswers, type ToolAccess } from '../shared/useToolAnswers';
import { negotiationStatus, readStep } from './logic';
import { localDate } from '../../shared/local-date';
import type { NegotiationProps } from './props';
import { Summary } from './Summary';
import { FIELD_ORDER, FieldControl } from './TermFields';

function Tracker({ lang, definition, chrome, itemLink }: NegotiationProps) {
  const { answers, set, patch } = useToolAnswers('negotiation');
  const tool: ToolAccess = { answers, set, patch };
  const text = definition.text;
  const status = negotiationStatus(answers, definition, localDate(new Date()));

  return (
    <>
      <Summary lang={lang} definition={definition} status={status} />
      <ol class="pb-checklist">
        {definition.steps.map((step) => {
          const answer = readStep(answers[step.id]);
          const id = `negotiation-${step.id}`;
          const fieldKeys = FIELD_ORDER.filter((key) => definition.fields[key].step === step.id);
          return (
            <ChecklistItem
              key={step.id}
              tool="negotiation"
              item={step.id}
              label={step.label[lang]}
              title={step.label[lang]}
              itemLink={itemLink}
              done={answer.done}
              check={{ checked: answer.done, onChange: (done) => patch(step.id, { done }) }}
              help={
                step.help && (
                  <>
                    {step.help[lang]} <a href={`#${step.anchor}`}>{text.readMore[lang]}</a>
                  </>
                )
              }
            >
              {fieldKeys.map((key) => (
                <FieldControl
                  key={key}
                  lang={lang}
                  definition={definition}
                  chrome={chrome}
                  tool={tool}
                  fieldKey={key}
                />
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
            </ChecklistItem>
          );
        })}
      </ol>
    </>
  );
}

export function NegotiationTracker(props: NegotiationProps & { states?: StateStrings | undefined }) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id="negotiation"
      states={props.states}
      gate={(answers, today) => negotiationGate(answers, { negotiation: props.definition }, today)}
    >
      {() => <Tracker {...props} />}
    </ToolFrame>
  );
}
