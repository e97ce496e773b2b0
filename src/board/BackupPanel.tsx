// Backup: when the deals were last exported, export all, and import a file (reviewed first).
import { useRef } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { BoardStrings } from './definition';
import { absoluteTime } from '../shared/time-text';
import { useLazy } from './useLazy';
import type { useTransfer } from './useTransfer';
import type { StorageUsage } from '../storage/index';
import { StorageUse } from './StorageUse';

const loadImportReview = () => import('./ImportReview');

export function BackupPanel(props: {
  lang: Lang;
  t: BoardStrings;
  transfer: ReturnType<typeof useTransfer>;
  lastExportAt: string | null;
  deals: Readonly<Record<string, Deal>>;
  editable: boolean;
  untitled: string;
  /** The storage the deals take, where they are stored. */
  usage: StorageUsage | null;
}) {
  const { lang, t, transfer, lastExportAt } = props;
  const { busy, review } = transfer;
  const fileInput = useRef<HTMLInputElement>(null);
  const reviewPanel = useLazy(loadImportReview, review !== null);
  return (
    <section class="pb-board-backup" aria-labelledby="board-backup-title">
      <h2 id="board-backup-title">{t.backupTitle}</h2>
      <p class="pb-help">
        {lastExportAt === null
          ? t.neverExported
          : fill(t.lastExport, { date: absoluteTime(lastExportAt, lang) })}
      </p>
      {props.usage && <StorageUse t={t} usage={props.usage} />}
      <div class="pb-board-buttons">
        <button
          type="button"
          class="pb-button"
          disabled={busy || Object.keys(props.deals).length === 0}
          onClick={() => void transfer.exportAll()}
        >
          {t.exportAll}
        </button>
        <button
          type="button"
          class="pb-button"
          disabled={busy || !props.editable}
          onClick={() => fileInput.current?.click()}
        >
          {t.importFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={t.importFileLabel}
          hidden
          onChange={(e) => void transfer.chooseFile(e.currentTarget)}
        />
      </div>
      {review && reviewPanel && (
        <reviewPanel.ImportReviewPanel
          lang={lang}
          t={t}
          review={review}
          existing={props.deals}
          untitled={props.untitled}
          onChoice={(id, choice) =>
            transfer.setReview({ ...review, choices: { ...review.choices, [id]: choice } })
          }
          onConfirm={() => void transfer.confirmImport()}
          onCancel={() => transfer.setReview(null)}
        />
      )}
    </section>
  );
}
