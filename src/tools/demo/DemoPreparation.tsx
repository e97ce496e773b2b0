// Stage 4: the demo preparation checklist, in the page's eight parts; who will
// attend and their roles; the two sums; and, after the demo, its outcome.
import { fill } from '../../shared/fill';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { demoGate } from '../gates';
import { useToolAnswers, type ToolAccess } from '../shared/useToolAnswers';
import { Attendees } from './Attendees';
import { Checks } from './Checks';
import { demoStatus } from './logic';
import { Outcome } from './Outcome';
import type { DemoProps } from './props';
import { Summary } from './Summary';
import { Sums } from './Sums';

function Preparation({ lang, definition, chrome, itemLink }: DemoProps) {
  const { answers, set, patch } = useToolAnswers('demo');
  const tool: ToolAccess = { answers, set, patch };
  const status = demoStatus(answers, definition);
  const text = definition.text;

  return (
    <>
      <Summary lang={lang} definition={definition} status={status} />
      {definition.groups.map((group) => {
        const progress = status.groups.find((g) => g.id === group.id);
        return (
          <section key={group.id} class="pb-demo-group">
            <h3>
              <a href={`#${group.anchor}`}>{group.label[lang]}</a>{' '}
              <span class="pb-demo-count">
                {fill(text.groupProgress[lang], { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
              </span>
            </h3>
            <Checks lang={lang} group={group} tool={tool} text={text} itemLink={itemLink} />
            {definition.attendees.group === group.id && (
              <Attendees lang={lang} definition={definition} chrome={chrome} tool={tool} status={status} />
            )}
            {definition.sums.group === group.id && (
              <Sums lang={lang} definition={definition} tool={tool} status={status} />
            )}
          </section>
        );
      })}
      <Outcome lang={lang} definition={definition} tool={tool} status={status} />
    </>
  );
}

export function DemoPreparation(props: DemoProps & { states?: StateStrings | undefined }) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id="demo"
      states={props.states}
      gate={(answers) => demoGate(answers, { demo: props.definition })}
    >
      {() => <Preparation {...props} />}
    </ToolFrame>
  );
}
