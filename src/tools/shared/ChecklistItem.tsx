// One checklist item as every tool's island shows it: the element that holds the item's
// stable anchor (the target of a copied item link), its status class, the copy-link control,
// the label (with the item's checkbox, or as a group's name when the item has none) and
// its help. What the item records below that is the tool's own (children).
import type { ComponentChildren } from 'preact';
import { itemAnchor } from '../../links/anchors';
import { checkedOf } from './input';
import { ItemLink } from './ItemLink';

interface Props {
  tool: string;
  item: string;
  /** The item's label as the list shows it (with its number where the tool numbers items). */
  label: ComponentChildren;
  /** The copy-link control's title: the label as plain text. */
  title: string;
  /** The copy-link control's name template (content/i18n "links.item"); no control without it. */
  itemLink: string | undefined;
  /** Marks the item as settled (`pb-done`). */
  done: boolean;
  /** More classes of the item, after `pb-item` and `pb-done`. */
  class?: string | undefined;
  /** The item's checkbox; without one the item is a group named by its label. */
  check?: { checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void } | undefined;
  /** Shown before the label, on the label's line (a condition's number). */
  lead?: ComponentChildren | undefined;
  /** The item's help text, which its checkbox is described by. */
  help?: ComponentChildren | undefined;
  /** Marks a step the customer may skip and has skipped. */
  notApplicable?: boolean | undefined;
  children?: ComponentChildren;
}

export function ChecklistItem(props: Props) {
  const { tool, item, check } = props;
  const id = `${tool}-${item}`;
  const classes = ['pb-item', props.done && 'pb-done', props.class].filter(Boolean).join(' ');
  const link = <ItemLink tool={tool} item={item} title={props.title} label={props.itemLink} />;
  const help = props.help ? (
    <p class="pb-help" id={`${id}-help`}>
      {props.help}
    </p>
  ) : null;

  if (!check) {
    // A group of questions: the copy link stays outside the heading line, which names the group.
    return (
      <li id={itemAnchor(tool, item)}>
        <div class={classes} role="group" aria-labelledby={`${id}-label`}>
          {link}
          <p class="pb-item-head" id={`${id}-label`}>
            {props.label}
          </p>
          {help}
          {props.children}
        </div>
      </li>
    );
  }

  const label = (
    <label for={id} id={`${id}-label`}>
      {props.label}
    </label>
  );
  return (
    <li
      id={itemAnchor(tool, item)}
      class={classes}
      data-not-applicable={props.notApplicable ? '' : undefined}
    >
      <div class="pb-item-head">
        <input
          type="checkbox"
          id={id}
          checked={check.checked}
          disabled={check.disabled}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(e) => check.onChange(checkedOf(e))}
        />
        {props.lead ? (
          <div>
            {props.lead}
            {label}
          </div>
        ) : (
          label
        )}
        {link}
      </div>
      {help}
      {props.children}
    </li>
  );
}
