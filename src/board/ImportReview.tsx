// The review of a chosen backup file before anything is written: each deal it would add,
// and for each deal that exists here already, keep ours (the default) or replace it.
import { useEffect } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { ImportPlanEntry } from '../storage/export-import';
import type { BoardStrings } from './definition';
import { absoluteTime } from '../shared/time-text';

export interface ImportReview {
  fileName: string;
  deals: Deal[];
  plan: ImportPlanEntry[];
  /** For each deal that already exists here: replace it, or keep ours (the default). */
  choices: Record<string, 'replace' | 'skip'>;
  /** Deals already here with the same content: skipped without asking. */
  identical: readonly string[];
}

export function ImportReviewPanel({
  lang,
  t,
  review,
  existing,
  untitled,
  onChoice,
  onConfirm,
  onCancel,
}: {
  lang: Lang;
  t: BoardStrings;
  review: ImportReview;
  existing: Readonly<Record<string, Deal>>;
  untitled: string;
  onChoice: (id: string, choice: 'replace' | 'skip') => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // Loaded on first use (BackupPanel.tsx): the heading takes focus once the panel is there.
  useEffect(() => {
    document.getElementById('board-import-heading')?.focus();
  }, []);
  const replacing = Object.values(review.choices).filter((choice) => choice === 'replace').length;
  return (
    <section class="pb-board-import" aria-labelledby="board-import-heading">
      <h3 id="board-import-heading" tabIndex={-1}>
        {fill(t.importTitle, { file: review.fileName })}
      </h3>
      <p>
        {review.deals.length === 0 ? t.importEmpty : fill(t.importSummary, { count: review.deals.length })}
        {review.identical.length > 0 &&
          ` ${fill(t.importIdenticalSummary, { count: review.identical.length })}`}
      </p>
      <ul class="pb-board-import-list">
        {review.deals.map((deal) => {
          const name = deal.name.trim() || untitled;
          const label = deal.customer.trim() ? `${name} · ${deal.customer.trim()}` : name;
          const here = Object.hasOwn(existing, deal.id) ? existing[deal.id] : undefined;
          const action = review.plan.find((entry) => entry.id === deal.id)?.action ?? 'add';
          if (review.identical.includes(deal.id)) {
            return (
              <li key={deal.id} data-identical="">
                <strong>{label}</strong> — {t.importIdentical}
              </li>
            );
          }
          if (action === 'add' || !here) {
            return (
              <li key={deal.id}>
                <strong>{label}</strong> — {t.importWillAdd}
              </li>
            );
          }
          const choice = review.choices[deal.id] ?? 'skip';
          return (
            <li key={deal.id}>
              <fieldset>
                <legend>
                  <strong>{label}</strong>
                </legend>
                <p class="pb-help">
                  {fill(t.importExists, {
                    file: absoluteTime(deal.updatedAt, lang),
                    here: absoluteTime(here.updatedAt, lang),
                  })}
                </p>
                <label class="pb-inline">
                  <input
                    type="radio"
                    name={`board-import-${deal.id}`}
                    checked={choice === 'skip'}
                    onChange={() => onChoice(deal.id, 'skip')}
                  />
                  {t.importKeep}
                </label>
                <label class="pb-inline">
                  <input
                    type="radio"
                    name={`board-import-${deal.id}`}
                    checked={choice === 'replace'}
                    onChange={() => onChoice(deal.id, 'replace')}
                  />
                  {t.importReplace}
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p class="pb-warn-text" aria-live="polite">
        {replacing > 0 ? fill(t.importReplaceWarning, { count: replacing }) : ''}
      </p>
      <div class="pb-board-buttons">
        <button type="button" class="pb-button pb-primary" onClick={onConfirm}>
          {t.importConfirm}
        </button>
        <button type="button" class="pb-button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
