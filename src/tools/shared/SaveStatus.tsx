// Announces each save (aria-live): "Saved 14:05", or why it was not saved with a retry.
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import type { ChromeStrings } from '../../i18n/ui';
import { fill } from '../../shared/fill';
import { clockTime } from '../../shared/time-text';
import { $saveStatus, $unsavedDealIds, saveAll } from '../../storage/index';

export function SaveStatus({ t, lang }: { t: ChromeStrings; lang: Lang }) {
  const status = useStore($saveStatus);
  const unsaved = useStore($unsavedDealIds);
  // The time this status arrived, not the time of the latest re-render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new time for each new status
  const at = useMemo(() => new Date(), [status]);
  let text = '';
  let failed = false;
  if (status?.ok) {
    text = fill(t.savedAt, {
      time: clockTime(at, lang),
    });
  } else if (status) {
    failed = true;
    text = status.reason === 'quota' ? t.notSavedQuota : t.notSavedOther + status.message;
  }
  return (
    <div class={failed ? 'pb-save pb-save-failed' : 'pb-save'} aria-live="polite" aria-atomic="true">
      {text}
      {failed && unsaved.length > 0 && (
        <>
          {' '}
          <button type="button" class="pb-button" onClick={() => saveAll()}>
            {t.retrySave}
          </button>
        </>
      )}
    </div>
  );
}
