// Stage 6: the six purchase conditions, each ticked with its evidence; what is
// still missing and where to go back; earlier answers in this deal that disagree.
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { localePath } from '../../i18n/lang';
import { fill } from '../../shared/fill';
import { ChecklistItem } from '../shared/ChecklistItem';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { closeGate } from '../gates';
import { useToolAnswers } from '../shared/useToolAnswers';
import type { CloseDefinition, PageLink } from './definition';
import { closeReadiness, conditionState, readCondition } from './logic';
import { valueOf } from '../shared/input';

interface Props {
  lang: Lang;
  definition: CloseDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

function href(lang: Lang, link: PageLink): string {
  return `${localePath(lang, link.path)}#${link.anchor}`;
}

function Links({ lang, links, separator }: { lang: Lang; links: readonly PageLink[]; separator: string }) {
  return (
    <>
      {links.map((link, i) => (
        <span key={`${link.path}#${link.anchor}`}>
          {i > 0 && separator}
          <a href={href(lang, link)}>{link.label[lang]}</a>
        </span>
      ))}
    </>
  );
}

function Gate({ lang, definition, itemLink }: Props) {
  const { deal, answers, patch } = useToolAnswers('close');
  const text = definition.text;
  const result = closeReadiness(deal?.answers ?? {}, definition);
  const numberOf = new Map(definition.items.map((item, i) => [item.id, i + 1]));
  const itemOf = new Map(definition.items.map((item) => [item.id, item]));
  const ruleOf = new Map(definition.conflicts.map((rule) => [rule.id, rule]));
  const conflicted = new Set(result.conflicts.map((c) => c.condition));

  return (
    <>
      <ol class="pb-checklist">
        {definition.items.map((item, i) => {
          const answer = readCondition(answers[item.id]);
          const state = conditionState(answer);
          const id = `close-${item.id}`;
          return (
            <ChecklistItem
              key={item.id}
              tool="close"
              item={item.id}
              label={item.label[lang]}
              title={item.label[lang]}
              itemLink={itemLink}
              done={state === 'met'}
              class={state === 'no-evidence' || conflicted.has(item.id) ? 'pb-close-flag' : undefined}
              check={{ checked: answer.holds, onChange: (holds) => patch(item.id, { holds }) }}
              lead={<span class="pb-close-num">{fill(text.condition[lang], { n: i + 1 })}</span>}
              help={
                item.help && (
                  <>
                    {item.help[lang]} <a href={`#${item.anchor}`}>{text.readMore[lang]}</a>
                  </>
                )
              }
            >
              <div class="pb-field">
                <label for={`${id}-evidence`} id={`${id}-evidence-label`}>
                  {text.evidence[lang]}
                </label>
                <p class="pb-help" id={`${id}-expected`}>
                  {text.evidenceExpected[lang]}
                  {item.evidence[lang]}
                </p>
                <textarea
                  id={`${id}-evidence`}
                  rows={2}
                  value={answer.evidence}
                  aria-labelledby={`${id}-evidence-label ${id}-label`}
                  aria-describedby={
                    state === 'no-evidence' ? `${id}-expected ${id}-missing` : `${id}-expected`
                  }
                  onInput={(e) => patch(item.id, { evidence: valueOf(e) })}
                />
              </div>
              {conflicted.has(item.id) && (
                <p class="pb-warn-text">
                  {text.conflictHere[lang]}
                  <a href="#close-conflicts">{text.seeBelow[lang]}</a>
                </p>
              )}
              {state === 'no-evidence' && (
                <p class="pb-warn-text" id={`${id}-missing`}>
                  {text.noEvidenceHint[lang]}
                </p>
              )}
            </ChecklistItem>
          );
        })}
      </ol>
      <div class={result.ready ? 'pb-summary pb-close-ready' : 'pb-summary'}>
        <div aria-live="polite">
          <p>
            <strong>{fill(text.progress[lang], { met: result.met, total: result.total })}</strong>
            {' — '}
            <strong class="pb-close-verdict">{result.ready ? text.ready[lang] : text.notReady[lang]}</strong>
          </p>
          {result.conflicts.length > 0 && (
            <p class="pb-warn-text">{fill(text.conflictCount[lang], { n: result.conflicts.length })}</p>
          )}
        </div>
        {result.missing.length > 0 && (
          <section class="pb-close-group" aria-labelledby="close-missing-heading">
            <h3 id="close-missing-heading">{text.missingHeading[lang]}</h3>
            <ul>
              {result.missing.map((conditionId) => {
                const item = itemOf.get(conditionId);
                if (!item) return null;
                const noEvidence = result.noEvidence.includes(conditionId);
                return (
                  <li key={conditionId} data-condition={conditionId}>
                    <a href={`#${item.anchor}`}>
                      {fill(text.condition[lang], { n: numberOf.get(conditionId) ?? 0 })}
                    </a>{' '}
                    {item.label[lang]} —{' '}
                    <span class={noEvidence ? 'pb-warn-text' : undefined}>
                      {noEvidence ? text.noEvidence[lang] : text.notHeld[lang]}
                    </span>
                    <br />
                    {text.goBack[lang]}
                    <Links lang={lang} links={item.fixes} separator={text.separator[lang]} />
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {result.conflicts.length > 0 && (
          <section
            class="pb-close-group pb-warn"
            id="close-conflicts"
            aria-labelledby="close-conflicts-heading"
          >
            <h3 id="close-conflicts-heading">{text.conflictsHeading[lang]}</h3>
            <ul>
              {result.conflicts.map((conflict) => {
                const rule = ruleOf.get(conflict.id);
                if (!rule) return null;
                return (
                  <li key={conflict.id} data-conflict={conflict.id}>
                    {fill(rule.message[lang], { values: conflict.values.join(text.separator[lang]) })}{' '}
                    <a href={href(lang, rule.fix)}>{rule.fix.label[lang]}</a>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}

export function CloseReadinessGate(
  props: Props & { chrome: ChromeStrings; states?: StateStrings | undefined },
) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id="close"
      states={props.states}
      gate={(answers) => closeGate(answers, { close: props.definition })}
    >
      {() => <Gate {...props} />}
    </ToolFrame>
  );
}
