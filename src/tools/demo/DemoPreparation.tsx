// Stage 4: the demo preparation checklist, in the page's eight parts; who will
// attend and their roles; the two sums; and, after the demo, its outcome.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { itemAnchor } from '../../links/anchors';
import { fill } from '../../shared/fill';
import { ItemLink } from '../shared/ItemLink';
import { ToolFrame } from '../shared/ToolFrame';
import { useToolAnswers, type ToolAnswers } from '../shared/useToolAnswers';
import type { DemoDefinition, DemoGroup } from './definition';
import {
  attendeesOf,
  demoStatus,
  formatWan,
  formatYuan,
  newAttendeeId,
  readCheck,
  type Attendee,
  type DemoStatus,
} from './logic';
import { checkedOf, valueOf } from '../shared/input';
import { NumberField } from '../shared/NumberField';

interface Props {
  lang: Lang;
  definition: DemoDefinition;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink?: string | undefined;
}

type Tool = Pick<ToolAnswers, 'answers' | 'set' | 'patch'>;
type Text = DemoDefinition['text'];

function NoteField({
  id,
  label,
  value,
  onInput,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <div class="pb-field pb-inline pb-demo-note">
      <label for={`${id}-note`} id={`${id}-note-label`}>
        {label}
      </label>
      <input
        type="text"
        id={`${id}-note`}
        value={value}
        maxLength={5000}
        aria-labelledby={`${id}-note-label ${id}-label`}
        onInput={(e) => onInput(valueOf(e))}
      />
    </div>
  );
}

function Checks({
  lang,
  group,
  tool,
  text,
  itemLink,
}: {
  lang: Lang;
  group: DemoGroup;
  tool: Tool;
  text: Text;
  itemLink: string | undefined;
}) {
  return (
    <ul class="pb-checklist">
      {group.items.map((item) => {
        const check = readCheck(tool.answers[item.id]);
        const id = `demo-${item.id}`;
        return (
          <li
            key={item.id}
            id={itemAnchor('demo', item.id)}
            class={check.done ? 'pb-item pb-done' : 'pb-item'}
          >
            <div class="pb-item-head">
              <input
                type="checkbox"
                id={id}
                checked={check.done}
                aria-describedby={item.help ? `${id}-help` : undefined}
                onChange={(e) => tool.patch(item.id, { done: checkedOf(e) })}
              />
              <label for={id} id={`${id}-label`}>
                {item.label[lang]}
              </label>
              <ItemLink tool="demo" item={item.id} title={item.label[lang]} label={itemLink} />
            </div>
            {item.help && (
              <p class="pb-help" id={`${id}-help`}>
                {item.help[lang]}
              </p>
            )}
            <NoteField
              id={id}
              label={text.note[lang]}
              value={check.note}
              onInput={(note) => tool.patch(item.id, { note })}
            />
          </li>
        );
      })}
    </ul>
  );
}

function Attendees({ lang, definition, tool, status }: Props & { tool: Tool; status: DemoStatus }) {
  const text = definition.text;
  const prefix = definition.attendees.idPrefix;
  const attendees = attendeesOf(tool.answers, prefix);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  // A new attendee appears after the store re-renders: focus its name once it is there.
  useLayoutEffect(() => {
    if (focusId === null) return;
    const input = document.getElementById(`demo-${focusId}-name`);
    if (input) {
      input.focus();
      setFocusId(null);
    }
  }, [focusId, tool.answers]);

  const add = () => {
    const id = newAttendeeId(prefix, Object.keys(tool.answers));
    // eslint-disable-next-line react-hooks/purity -- runs on click, not during render (a known false positive)
    const order = Math.max(Date.now(), ...attendees.map((a) => a.order + 1));
    tool.set(id, { name: '', role: '', cares: '', decisionMaker: false, order });
    setFocusId(id);
  };
  const remove = (attendee: Attendee) => {
    tool.set(attendee.id, undefined);
    addButton.current?.focus();
  };

  return (
    <div class="pb-demo-block">
      <h4>{text.attendeesTitle[lang]}</h4>
      {attendees.length === 0 ? (
        <p class="pb-help">{text.noAttendees[lang]}</p>
      ) : (
        <ul class="pb-demo-people">
          {attendees.map((attendee, index) => {
            const id = `demo-${attendee.id}`;
            const role = definition.attendees.roles.find((r) => r.id === attendee.role);
            return (
              <li key={attendee.id}>
                <fieldset class="pb-demo-person">
                  <legend>{fill(text.attendeeLegend[lang], { n: index + 1 })}</legend>
                  <div class="pb-demo-person-fields">
                    <div class="pb-field">
                      <label for={`${id}-name`}>{text.attendeeName[lang]}</label>
                      <input
                        type="text"
                        id={`${id}-name`}
                        value={attendee.name}
                        maxLength={200}
                        onInput={(e) => tool.patch(attendee.id, { name: valueOf(e) })}
                      />
                    </div>
                    <div class="pb-field">
                      <label for={`${id}-role`}>{text.attendeeRole[lang]}</label>
                      <select
                        id={`${id}-role`}
                        value={attendee.role}
                        aria-describedby={role?.emphasis ? `${id}-role-help` : undefined}
                        onChange={(e) => tool.patch(attendee.id, { role: valueOf(e) })}
                      >
                        <option value="">{text.chooseRole[lang]}</option>
                        {definition.attendees.roles.map((r) => (
                          <option key={r.id} value={r.id}>
                            {r.label[lang]}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  {role && (role.cares || role.emphasis) && (
                    <p class="pb-help" id={`${id}-role-help`}>
                      {role.cares && `${text.usuallyCares[lang]}${role.cares[lang]}`}
                      {role.cares && role.emphasis && text.clauseSeparator[lang]}
                      {role.emphasis && `${text.emphasis[lang]}${role.emphasis[lang]}`}
                    </p>
                  )}
                  <div class="pb-field">
                    <label for={`${id}-cares`}>{text.attendeeCares[lang]}</label>
                    <input
                      type="text"
                      id={`${id}-cares`}
                      value={attendee.cares}
                      maxLength={5000}
                      onInput={(e) => tool.patch(attendee.id, { cares: valueOf(e) })}
                    />
                  </div>
                  <div class="pb-demo-person-foot">
                    <label class="pb-inline">
                      <input
                        type="checkbox"
                        id={`${id}-decision-maker`}
                        checked={attendee.decisionMaker}
                        onChange={(e) => tool.patch(attendee.id, { decisionMaker: checkedOf(e) })}
                      />
                      {text.decisionMaker[lang]}
                    </label>
                    <button type="button" class="pb-button" onClick={() => remove(attendee)}>
                      {fill(text.removeAttendee[lang], { name: attendee.name.trim() || text.unnamed[lang] })}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" class="pb-button" ref={addButton} onClick={add}>
        {text.addAttendee[lang]}
      </button>
      {status.decisionMakerAttending && <p class="pb-notice">{text.decisionMakerTip[lang]}</p>}
    </div>
  );
}

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

function Sums({ lang, definition, tool, status }: Props & { tool: Tool; status: DemoStatus }) {
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

function SumsLine({ lang, definition, status }: Props & { status: DemoStatus }) {
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
          <strong>
            {fill(text.sumsTotal[lang], { total: formatWan(total, lang), rmb: formatYuan(total, lang) })}
          </strong>
        </p>
      )}
      {total !== null && missing.length > 0 && (
        <p class="pb-warn-text">{fill(text.sumsMissing[lang], { items: labels })}</p>
      )}
    </>
  );
}

function Outcome({ lang, definition, tool, status }: Props & { tool: Tool; status: DemoStatus }) {
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

function Summary({ lang, definition, status }: Props & { status: DemoStatus }) {
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

function Preparation({ lang, definition, itemLink }: Props) {
  const { answers, set, patch } = useToolAnswers('demo');
  const tool: Tool = { answers, set, patch };
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
              <Attendees lang={lang} definition={definition} tool={tool} status={status} />
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

export function DemoPreparation(props: Props & { chrome: ChromeStrings }) {
  return (
    <ToolFrame lang={props.lang} chrome={props.chrome} id="demo">
      {() => <Preparation {...props} />}
    </ToolFrame>
  );
}
