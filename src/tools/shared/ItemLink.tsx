// A checklist item's copy-link control: a plain link to the item's stable anchor, named
// "Copy link to item: …" by its title, which is also its tooltip. (A title rather than an
// aria-label: a label containing the item's own label would also match that label's
// checkbox in "find the field labelled …" lookups.) The page's own script
// (src/links/page.ts) copies it on click, so the island carries no copy code; without that
// script it still opens the anchor.
import { itemAnchor, linkLabel } from '../../links/anchors';

interface Props {
  tool: string;
  item: string;
  /** The item's title as the tool shows it. */
  title: string;
  /** The name template from content/i18n ("links.item"); no control without it. */
  label: string | undefined;
}

export function ItemLink({ tool, item, title, label }: Props) {
  return label ? (
    <a class="pb-copy-link" href={`#${itemAnchor(tool, item)}`} title={linkLabel(label, title)} />
  ) : null;
}
