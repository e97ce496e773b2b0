// A long table's first rows, and a button for the rest: two hundred deals' dates would
// otherwise draw hundreds of rows before the trainer or manager sees the page.
import { useState } from 'preact/hooks';
import { fill } from '../shared/fill';
import type { TeamStrings } from './definition';

export const FIRST_ROWS = 20;

export function useFirstRows<T>(list: readonly T[], t: TeamStrings) {
  const [all, setAll] = useState(false);
  const rows = all ? list : list.slice(0, FIRST_ROWS);
  const more =
    rows.length < list.length ? (
      <button type="button" class="pb-button" onClick={() => setAll(true)}>
        {fill(t.showAll, { count: list.length })}
      </button>
    ) : null;
  return { rows, more };
}
