// Stage 3: the thirteen questions, each answer confirmed or assumed; the people and
// the budget recorded under their questions; the budget checked against 3–5% of the
// profit from the qualification scorecard and against our expected price.
import type { ChromeStrings } from '../../i18n/ui';
import { pickedEvents } from '../events/logic';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { validationGate } from '../gates';
import { useToolAnswers } from '../shared/useToolAnswers';
import { validationSummary } from './logic';
import type { ValidationProps } from './props';
import { Question } from './Question';
import { Summary } from './Summary';

function Questions(props: ValidationProps) {
  const { lang, definition, events } = props;
  const { deal, answers, set, patch } = useToolAnswers('validation');
  const summary = validationSummary(deal?.answers ?? {}, definition);
  const picked = pickedEvents(deal?.answers.events ?? {}, events);

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
              {questions.map((q) => (
                <Question
                  key={q.id}
                  {...props}
                  question={q}
                  number={definition.questions.indexOf(q) + 1}
                  tool={{ answers, set, patch }}
                  dealId={deal?.id ?? ''}
                  summary={summary}
                  picked={picked}
                />
              ))}
            </ol>
          </section>
        );
      })}
      <Summary lang={lang} definition={definition} summary={summary} />
    </>
  );
}

export function OpportunityValidation(
  props: ValidationProps & { chrome: ChromeStrings; states?: StateStrings | undefined },
) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id="validation"
      states={props.states}
      gate={(answers) => validationGate(answers, { validation: props.definition })}
    >
      {() => <Questions {...props} />}
    </ToolFrame>
  );
}
