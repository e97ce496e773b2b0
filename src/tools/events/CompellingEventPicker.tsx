// Stage 2: pick the compelling events that apply; for each, the evidence, the
// customer's owner, the date and the talking point on the cost of not acting.
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { fill } from '../../shared/fill';
import { ChecklistItem } from '../shared/ChecklistItem';
import { ToolFrame } from '../shared/ToolFrame';
import type { StateStrings } from '../shared/stage-state';
import { eventsGate } from '../gates';
import { useToolAnswers } from '../shared/useToolAnswers';
import type { EventsDefinition } from './definition';
import { pickedEvents, readEvent } from './logic';
import { eventWarnings } from './warnings';
import { localDate } from '../../shared/local-date';
import { valueOf } from '../shared/input';

interface Props {
  lang: Lang;
  definition: EventsDefinition;
  /** YYYY-MM-DD; the browser's local date when absent (tests pass a fixed day). */
  today?: string;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

function Events({ lang, definition, today, itemLink }: Props) {
  const { answers, patch } = useToolAnswers('events');
  const text = definition.text;
  const items = definition.items;
  const picked = pickedEvents(answers, items);
  const warnings = eventWarnings(answers, today ?? localDate(new Date()), items);
  const labelOf = (id: string) => items.find((item) => item.id === id)?.label[lang] ?? id;
  const passed = new Set(warnings.flatMap((w) => (w.kind === 'date-passed' ? [w.id] : [])));
  const noEvidence = warnings.flatMap((w) => (w.kind === 'no-evidence' ? [w.id] : []));

  return (
    <>
      <ol class="pb-checklist">
        {items.map((item, index) => {
          const event = readEvent(answers[item.id]);
          const id = `events-${item.id}`;
          return (
            <ChecklistItem
              key={item.id}
              tool="events"
              item={item.id}
              label={`${index + 1}. ${item.label[lang]}`}
              title={`${index + 1}. ${item.label[lang]}`}
              itemLink={itemLink}
              done={false}
              class={event.picked ? 'pb-event pb-event-picked' : 'pb-event'}
              check={{ checked: event.picked, onChange: (picked) => patch(item.id, { picked }) }}
              help={
                item.help && (
                  <>
                    {item.help[lang]} <a href={`#${item.anchor}`}>{text.readMore[lang]}</a>
                  </>
                )
              }
            >
              {item.note && <p class="pb-help pb-event-note">{item.note[lang]}</p>}
              {event.picked && (
                <div class="pb-event-fields" role="group" aria-labelledby={`${id}-label`}>
                  <div class="pb-field pb-event-wide">
                    <label for={`${id}-evidence`}>{text.evidence[lang]}</label>
                    <textarea
                      id={`${id}-evidence`}
                      value={event.evidence}
                      placeholder={item.evidenceHint[lang]}
                      maxLength={5000}
                      onInput={(e) => patch(item.id, { evidence: valueOf(e) })}
                    />
                  </div>
                  <div class="pb-field">
                    <label for={`${id}-owner`}>{text.owner[lang]}</label>
                    <input
                      id={`${id}-owner`}
                      value={event.owner}
                      placeholder={item.ownerHint[lang]}
                      maxLength={5000}
                      onInput={(e) => patch(item.id, { owner: valueOf(e) })}
                    />
                  </div>
                  <div class="pb-field">
                    <label for={`${id}-date`}>{text.date[lang]}</label>
                    <input
                      type="date"
                      id={`${id}-date`}
                      value={event.date}
                      aria-describedby={passed.has(item.id) ? `${id}-passed` : undefined}
                      onChange={(e) => patch(item.id, { date: valueOf(e) })}
                    />
                    {passed.has(item.id) && (
                      <p class="pb-warn-text" id={`${id}-passed`}>
                        {text.datePassedShort[lang]}
                      </p>
                    )}
                  </div>
                  <div class="pb-field pb-event-wide">
                    <label for={`${id}-talking`}>{text.talkingPoint[lang]}</label>
                    <textarea
                      id={`${id}-talking`}
                      value={event.talkingPoint}
                      placeholder={item.talkingPoint[lang]}
                      maxLength={5000}
                      onInput={(e) => patch(item.id, { talkingPoint: valueOf(e) })}
                    />
                    {event.talkingPoint.trim() === '' && (
                      <p class="pb-event-suggest">
                        <button
                          type="button"
                          class="pb-button"
                          onClick={() => patch(item.id, { talkingPoint: item.talkingPoint[lang] })}
                        >
                          {text.useSuggestion[lang]}
                        </button>
                      </p>
                    )}
                  </div>
                </div>
              )}
            </ChecklistItem>
          );
        })}
      </ol>
      <div class="pb-summary" aria-live="polite">
        <p>
          <strong>{fill(text.count[lang], { count: picked.length, total: items.length })}</strong>
        </p>
        {warnings.map((w) => {
          if (w.kind === 'none')
            return (
              <p key="none" class="pb-notice pb-warn">
                {text.none[lang]}
              </p>
            );
          if (w.kind === 'only-ours')
            return (
              <p key="only-ours" class="pb-notice pb-warn">
                {text.onlyOurs[lang]}
              </p>
            );
          if (w.kind === 'date-passed')
            return (
              <p key={`passed-${w.id}`} class="pb-notice pb-warn">
                {fill(text.datePassed[lang], { event: labelOf(w.id), date: w.date })}
              </p>
            );
          return null;
        })}
        {noEvidence.length > 0 && (
          <p class="pb-warn-text">
            {text.noEvidence[lang]}
            {noEvidence.map((id, i) => (
              <span key={id}>
                {i > 0 && text.separator[lang]}
                <a href={`#events-${id}`}>{labelOf(id)}</a>
              </span>
            ))}
          </p>
        )}
      </div>
    </>
  );
}

export function CompellingEventPicker(
  props: Props & { chrome: ChromeStrings; states?: StateStrings | undefined },
) {
  return (
    <ToolFrame
      lang={props.lang}
      chrome={props.chrome}
      id="events"
      states={props.states}
      gate={(answers, today) => eventsGate(answers, { events: props.definition.items }, today)}
    >
      {() => <Events {...props} />}
    </ToolFrame>
  );
}
