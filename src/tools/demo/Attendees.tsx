// Who will attend the demo, with their roles and what each cares about; one is the decision maker.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../shared/fill';
import { checkedOf, valueOf } from '../shared/input';
import { attendeesOf, newAttendeeId, type Attendee } from './logic';
import type { DemoPartProps } from './props';
import type { Answer } from '../../deals/schema';
import type { ChromeStrings } from '../../i18n/ui';
import { UndoLine, useUndo } from '../shared/UndoLine';

export function Attendees({
  lang,
  definition,
  chrome,
  tool,
  status,
}: DemoPartProps & { chrome: ChromeStrings }) {
  const text = definition.text;
  const prefix = definition.attendees.idPrefix;
  const attendees = attendeesOf(tool.answers, prefix);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const undo = useUndo<{ id: string; value: Answer }>(chrome);

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
    const value = tool.answers[attendee.id];
    tool.set(attendee.id, undefined);
    // Undo puts back what was stored: name, role, notes, decision-maker and place in the list.
    if (value !== undefined)
      undo.offer(attendee.name.trim() || text.unnamed[lang], { id: attendee.id, value });
    else addButton.current?.focus();
  };
  const restore = () => {
    const removed = undo.take();
    if (removed) {
      tool.set(removed.id, removed.value);
      setFocusId(removed.id);
    } else addButton.current?.focus();
  };
  const dismiss = () => {
    undo.clear();
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
      <UndoLine
        id="demo-attendees-toast"
        chrome={chrome}
        removed={undo.removed}
        onUndo={restore}
        onDismiss={dismiss}
      />
      <button type="button" class="pb-button" ref={addButton} onClick={add}>
        {text.addAttendee[lang]}
      </button>
      {status.decisionMakerAttending && <p class="pb-notice">{text.decisionMakerTip[lang]}</p>}
    </div>
  );
}
