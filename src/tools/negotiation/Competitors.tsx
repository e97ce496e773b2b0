// The competitors the customer is still talking to: added by name, once each, and removed.
import { useRef, useState } from 'preact/hooks';
import { fill } from '../../shared/fill';
import { $currentDeal } from '../../storage/index';
import { valueOf } from '../shared/input';
import type { ToolAccess } from '../shared/useToolAnswers';
import { Help } from './FieldHelp';
import { addCompetitor, readCompetitors, removeCompetitor, restoreCompetitor } from './logic';
import { UndoLine, useUndo } from '../shared/UndoLine';
import type { NegotiationBase } from './props';
import type { ChromeStrings } from '../../i18n/ui';

export function Competitors({
  lang,
  definition,
  chrome,
  tool,
}: NegotiationBase & { chrome: ChromeStrings; tool: ToolAccess }) {
  const text = definition.text;
  const field = definition.fields.competitors;
  const id = `negotiation-${field.id}`;
  const list = readCompetitors(tool.answers[field.id]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const undo = useUndo<{ name: string; index: number }>(chrome);
  // The list as stored right now, not this render's copy: quick edits must not undo each other.
  const latest = () => readCompetitors($currentDeal.get()?.answers.negotiation?.[field.id]);

  const add = (event: Event) => {
    event.preventDefault();
    const result = addCompetitor(latest(), name);
    if (result.ok) {
      tool.set(field.id, result.list);
      setName('');
      setMessage('');
    } else if (result.reason === 'duplicate') {
      setMessage(fill(text.duplicateCompetitor[lang], { name: name.trim() }));
    }
    input.current?.focus();
  };
  const remove = (competitor: string) => {
    const before = latest();
    tool.set(field.id, removeCompetitor(before, competitor));
    setMessage('');
    undo.offer(competitor, { name: competitor, index: before.indexOf(competitor) });
  };
  const restore = () => {
    const removed = undo.take();
    if (removed) tool.set(field.id, restoreCompetitor(latest(), removed.name, removed.index));
    input.current?.focus();
  };
  const dismiss = () => {
    undo.clear();
    input.current?.focus();
  };

  return (
    <div class="pb-neg-field" role="group" aria-labelledby={`${id}-title`}>
      <p class="pb-neg-field-title" id={`${id}-title`}>
        {field.label[lang]}
      </p>
      <Help id={id} field={field} lang={lang} />
      {list.length === 0 ? (
        <p class="pb-help">{text.noCompetitors[lang]}</p>
      ) : (
        <ul class="pb-neg-list">
          {list.map((competitor) => (
            <li key={competitor}>
              <span>{competitor}</span>
              <button
                type="button"
                class="pb-button"
                aria-label={fill(text.removeCompetitor[lang], { name: competitor })}
                onClick={() => remove(competitor)}
              >
                {text.remove[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      <UndoLine
        id={`${id}-toast`}
        chrome={chrome}
        removed={undo.removed}
        onUndo={restore}
        onDismiss={dismiss}
      />
      <form class="pb-neg-add" onSubmit={add}>
        <label for={`${id}-new`}>{text.competitorName[lang]}</label>
        <input
          type="text"
          id={`${id}-new`}
          ref={input}
          value={name}
          maxLength={200}
          aria-describedby={`${id}-message`}
          onInput={(e) => {
            setName(valueOf(e));
            setMessage('');
          }}
        />
        <button type="submit" class="pb-button">
          {text.addCompetitor[lang]}
        </button>
      </form>
      <p class="pb-warn-text" id={`${id}-message`} aria-live="polite">
        {message}
      </p>
    </div>
  );
}
