// The team view's tables: one frame (scrolling wrapper, column heads) for the sources,
// the figures, the deal lists and the class review, and one row head that names a
// deal and opens its read-only summary.
import type { ComponentChildren, JSX } from 'preact';
import type { Deal } from '../deals/schema';
import { fill } from '../shared/fill';
import type { TeamStrings } from './definition';

type TableAttributes = Omit<JSX.HTMLAttributes<HTMLTableElement>, 'children' | 'class' | 'className'>;

interface TableProps extends TableAttributes {
  /** The column heads, in order. */
  columns: readonly string[];
  caption?: string;
  /** Classes added to the table's own. */
  class?: string;
  children: ComponentChildren;
}

export function TeamTable({ columns, caption, children, class: extra, ...attributes }: TableProps) {
  return (
    <div class="pb-table-wrap">
      <table class={extra ? `pb-team-table ${extra}` : 'pb-team-table'} {...attributes}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A deal's name as a row head: choosing it opens the deal's summary. */
export function DealCell({
  t,
  deal,
  name,
  onOpen,
}: {
  t: TeamStrings;
  deal: Deal;
  name: string;
  onOpen: (deal: Deal) => void;
}) {
  return (
    <th scope="row">
      <button
        type="button"
        class="pb-link-button"
        aria-label={fill(t.openSummaryLabel, { name })}
        onClick={() => onOpen(deal)}
      >
        {name}
      </button>
    </th>
  );
}
