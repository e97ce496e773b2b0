// Stage 1: the six factors of the target-customer profile, and the verdict they
// add up to (pursue / nurture / do not pursue), with every reason linked to its
// rule on the page, the gaps still to answer and the expected IT budget.
import type { Answer } from '../../deals/schema';
import { readAmount } from '../../deals/answers';
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import type { LocalizedText } from '../../shared/schema';
import { itemAnchor } from '../../links/anchors';
import { fill } from '../../shared/fill';
import { ItemLink } from '../shared/ItemLink';
import { amountText, yuanText } from '../../shared/money';
import { reasonText } from './reason-text';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { qualificationGate } from '../gates';
import { NumberField } from '../shared/NumberField';
import { useToolAnswers } from '../shared/useToolAnswers';
import type { QualificationDefinition, QualificationItem } from './definition';
import {
  allItems,
  chosenOptions,
  countPickedEvents,
  isAsked,
  scoreQualification,
  toggleOption,
} from './logic';
import { checkedOf } from '../shared/input';

interface Props {
  lang: Lang;
  definition: QualificationDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

type Text = QualificationDefinition['text'];
type Save = (item: string, value: Answer | undefined) => void;

const ID = 'qualification';

function Help({ item, lang, text, id }: { item: QualificationItem; lang: Lang; text: Text; id: string }) {
  return (
    <p class="pb-help" id={id}>
      {item.help ? `${item.help[lang]} ` : ''}
      <a href={`#${item.anchor}`}>{text.readMore[lang]}</a>
    </p>
  );
}

function NumberQuestion(props: {
  item: Extract<QualificationItem, { kind: 'number' }>;
  value: Answer | undefined;
  save: Save;
  lang: Lang;
  text: Text;
}) {
  const { item, value, save, lang, text } = props;
  const stored = readAmount(value);
  const id = `${ID}-${item.id}`;

  return (
    <div class="pb-q-question" id={`${id}-question`}>
      <label class="pb-q-label" for={id}>
        {item.label[lang]}
      </label>
      <div class="pb-inline">
        <NumberField
          id={id}
          value={stored}
          integer={item.integer}
          wan={item.money}
          unit={item.unit[lang]}
          describedBy={`${id}-help`}
          invalidText={(item.integer ? text.invalidInteger : text.invalidNumber)[lang]}
          onValue={(n) => save(item.id, n ?? undefined)}
        />
      </div>
      {item.money && stored !== null && (
        <p class="pb-help">{fill(text.rmb[lang], { rmb: yuanText(stored) })}</p>
      )}
      <Help item={item} lang={lang} text={text} id={`${id}-help`} />
    </div>
  );
}

function ChoiceQuestion(props: {
  item: Extract<QualificationItem, { kind: 'choice' | 'multi' }>;
  value: Answer | undefined;
  save: Save;
  lang: Lang;
  text: Text;
}) {
  const { item, value, save, lang, text } = props;
  const id = `${ID}-${item.id}`;
  const chosen = chosenOptions(item, value) ?? [];
  const single = item.kind === 'choice';
  return (
    <fieldset class="pb-q-question" id={`${id}-question`} aria-describedby={`${id}-help`}>
      <legend class="pb-q-label">{item.label[lang]}</legend>
      <div class="pb-q-options">
        {item.options.map((option) => {
          const optionId = `${id}-${option.id}`;
          return (
            <label key={option.id} class="pb-q-option" for={optionId}>
              <input
                type={single ? 'radio' : 'checkbox'}
                id={optionId}
                name={id}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(e) => {
                  const checked = checkedOf(e);
                  if (single) save(item.id, option.id);
                  else save(item.id, toggleOption(item, value, option.id, checked));
                }}
              />
              <span>{option.label[lang]}</span>
            </label>
          );
        })}
      </div>
      {single && chosen.length > 0 && (
        <button
          type="button"
          class="pb-q-clear"
          aria-label={fill(text.clearLabel[lang], { label: item.label[lang] })}
          onClick={() => save(item.id, undefined)}
        >
          {text.clear[lang]}
        </button>
      )}
      <Help item={item} lang={lang} text={text} id={`${id}-help`} />
    </fieldset>
  );
}

function Scorecard({ lang, definition, itemLink }: Props) {
  const { answers, set } = useToolAnswers('qualification');
  const events = useToolAnswers('events').answers;
  const text = definition.text;
  const result = scoreQualification(answers, definition, { compellingEvents: countPickedEvents(events) });
  const factorLabel = (anchor: string): LocalizedText =>
    definition.factors.find((f) => f.anchor === anchor)?.label ?? { zh: anchor, en: anchor };
  const { lowPercent, highPercent } = definition.rules.itBudget;
  const profit = readAmount(answers[definition.rules.itBudget.item]);
  const budgetAnchor =
    allItems(definition).find((item) => item.id === definition.rules.itBudget.item)?.anchor ?? 'size';

  return (
    <div class="pb-q">
      {definition.factors.map((factor) => (
        <div
          key={factor.id}
          id={itemAnchor('qualification', factor.id)}
          class="pb-item pb-q-factor"
          role="group"
          aria-labelledby={`${ID}-factor-${factor.id}`}
        >
          {/* Outside the title: the title names the group. */}
          <ItemLink tool="qualification" item={factor.id} title={factor.label[lang]} label={itemLink} />
          <p class="pb-q-factor-title" id={`${ID}-factor-${factor.id}`}>
            {factor.label[lang]}
          </p>
          {factor.items
            .filter((item) => isAsked(item, answers, definition) === true)
            .map((item) =>
              item.kind === 'number' ? (
                <NumberQuestion
                  key={item.id}
                  item={item}
                  value={answers[item.id]}
                  save={set}
                  lang={lang}
                  text={text}
                />
              ) : (
                <ChoiceQuestion
                  key={item.id}
                  item={item}
                  value={answers[item.id]}
                  save={set}
                  lang={lang}
                  text={text}
                />
              ),
            )}
        </div>
      ))}

      <div class={`pb-summary pb-q-summary pb-q-is-${result.verdict}`}>
        <div aria-live="polite" class="pb-q-status">
          <p class="pb-q-verdict">
            {text.verdictHeading[lang]}
            {lang === 'zh' ? '：' : ': '}
            <strong data-verdict={result.verdict}>{text.verdicts[result.verdict][lang]}</strong>
          </p>
          <p>{text.verdictAdvice[result.verdict][lang]}</p>
          {result.gaps.length > 0 && <p>{fill(text.gapCount[lang], { count: result.gaps.length })}</p>}
        </div>

        {result.reasons.length > 0 && (
          <>
            <p class="pb-q-subhead">{text.reasonsHeading[lang]}</p>
            <ul class="pb-q-reasons">
              {result.reasons.map((reason) => (
                <li key={reason.id} class={`pb-q-reason pb-q-${reason.effect}`} data-reason={reason.id}>
                  <span class="pb-q-tag">{text.effects[reason.effect][lang]}</span>{' '}
                  <span>{reasonText(reason, lang)}</span>{' '}
                  <a href={`#${reason.anchor}`}>{factorLabel(reason.anchor)[lang]}</a>
                </li>
              ))}
            </ul>
          </>
        )}

        <p class="pb-q-subhead">{text.gapsHeading[lang]}</p>
        {result.gaps.length > 0 ? (
          <ul class="pb-q-gaps">
            {result.gaps.map((gap) => (
              <li key={gap.item} data-gap={gap.item}>
                <a href={`#${ID}-${gap.item}-question`}>{gap.label[lang]}</a> ({factorLabel(gap.anchor)[lang]}
                )
              </li>
            ))}
          </ul>
        ) : (
          <p>{text.noGaps[lang]}</p>
        )}

        <p class="pb-q-subhead">{text.budgetHeading[lang]}</p>
        <p class="pb-q-budget">
          {result.itBudget && profit !== null
            ? fill(text.budget[lang], {
                low: amountText(result.itBudget.low, lang),
                high: amountText(result.itBudget.high, lang),
                lowRmb: yuanText(result.itBudget.low),
                highRmb: yuanText(result.itBudget.high),
                profit: amountText(profit, lang),
                lowPercent,
                highPercent,
              })
            : fill(text.budgetNone[lang], { lowPercent, highPercent })}{' '}
          <a href={`#${budgetAnchor}`}>{text.readMore[lang]}</a>
        </p>
      </div>
    </div>
  );
}

export function QualificationScorecard(
  props: Props & { chrome: ChromeStrings; states?: StateStrings | undefined },
) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id={ID}
      states={props.states}
      gate={(answers) => qualificationGate(answers, { qualificationRules: props.definition })}
    >
      {(deal) => <Scorecard key={deal.id} {...props} />}
    </ToolFrame>
  );
}
