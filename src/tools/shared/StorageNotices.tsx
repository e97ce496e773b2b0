// Banners for what the storage layer reports: memory-only mode, a newer site
// version, unreadable data kept aside, and changes merged from another tab.
import { useStore } from '@nanostores/preact';
import type { Lang } from '../../i18n/lang';
import { absoluteTime } from '../../shared/time-text';
import type { ChromeStrings } from '../../i18n/ui';
import { fill } from '../../shared/fill';
import {
  $needsReload,
  $notices,
  $storageMode,
  $storageProblems,
  discardProblem,
  dismissNotice,
} from '../../storage/index';
import type { Notice } from '../../storage/index';

function downloadHref(raw: string): string {
  return URL.createObjectURL(new Blob([raw], { type: 'text/plain;charset=utf-8' }));
}

function noticeText(notice: Notice, t: ChromeStrings): string {
  if (notice.kind === 'conflict-merged') return t.conflictMerged;
  if (notice.kind === 'deleted-elsewhere-kept') return t.deletedElsewhereKept;
  return t.clearedElsewhere;
}

export function StorageNotices({ t, lang }: { t: ChromeStrings; lang: Lang }) {
  const mode = useStore($storageMode);
  const needsReload = useStore($needsReload);
  const problems = useStore($storageProblems);
  const notices = useStore($notices);

  return (
    <div class="pb-notices" role="status">
      {mode === 'memory' && <p class="pb-notice pb-warn">{t.memoryMode}</p>}
      {needsReload && (
        <p class="pb-notice pb-warn">
          {t.newerVersion}{' '}
          <button type="button" class="pb-button" onClick={() => location.reload()}>
            {t.reload}
          </button>
        </p>
      )}
      {problems.map((problem) => (
        <p class="pb-notice pb-warn" key={problem.id}>
          {fill(t.problemFound, {
            when: absoluteTime(problem.foundAt, lang),
          })}{' '}
          <a
            class="pb-button"
            href={downloadHref(problem.raw)}
            download={`playbook-unreadable-${problem.foundAt.replace(/[:.]/g, '-')}.txt`}
          >
            {t.download}
          </a>{' '}
          {problem.backupKey !== null && (
            <button type="button" class="pb-button" onClick={() => discardProblem(problem.id)}>
              {t.discard}
            </button>
          )}
        </p>
      ))}
      {notices.map((notice) => (
        <p class="pb-notice" key={notice.id}>
          {noticeText(notice, t)}{' '}
          <button type="button" class="pb-button" onClick={() => dismissNotice(notice.id)}>
            {t.dismiss}
          </button>
        </p>
      ))}
    </div>
  );
}
