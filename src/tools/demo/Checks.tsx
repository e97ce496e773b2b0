// A group's preparation checks: each ticked off, with a note.
import type { Lang } from '../../i18n/lang';
import { ChecklistItem } from '../shared/ChecklistItem';
import { valueOf } from '../shared/input';
import type { ToolAccess } from '../shared/useToolAnswers';
import type { DemoDefinition, DemoGroup } from './definition';
import { readCheck } from './logic';

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

export function Checks({
  lang,
  group,
  tool,
  text,
  itemLink,
}: {
  lang: Lang;
  group: DemoGroup;
  tool: ToolAccess;
  text: DemoDefinition['text'];
  itemLink: string | undefined;
}) {
  return (
    <ul class="pb-checklist">
      {group.items.map((item) => {
        const check = readCheck(tool.answers[item.id]);
        return (
          <ChecklistItem
            key={item.id}
            tool="demo"
            item={item.id}
            label={item.label[lang]}
            title={item.label[lang]}
            itemLink={itemLink}
            done={check.done}
            check={{ checked: check.done, onChange: (done) => tool.patch(item.id, { done }) }}
            help={item.help?.[lang]}
          >
            <NoteField
              id={`demo-${item.id}`}
              label={text.note[lang]}
              value={check.note}
              onInput={(note) => tool.patch(item.id, { note })}
            />
          </ChecklistItem>
        );
      })}
    </ul>
  );
}
