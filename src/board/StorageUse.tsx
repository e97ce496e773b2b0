// The storage the deals take in this browser, measured after each change: a line in
// the backup panel, and from 80% a warning at the top of the board saying how to free
// space (export, then delete closed deals). Nothing where storage is not in use.
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../shared/when-idle';
import { $deals, $storageMode, browserStorageUsage, type StorageUsage } from '../storage/index';
import type { BoardStrings } from './definition';
import { storageUseText } from './storage-use';

/**
 * The measured usage, again after every change to the deals; null without stored deals.
 * Measured when the browser is idle: it reads every stored value, which with 500 deals
 * would lengthen the board's first task, and a burst of changes is measured once.
 */
export function useStorageUsage(): StorageUsage | null {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const measure = () => {
      cancel = null;
      setUsage($storageMode.get() === 'persistent' ? browserStorageUsage() : null);
    };
    const unsubscribe = $deals.subscribe(() => {
      cancel ??= whenIdle(measure);
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, []);
  return usage;
}

export function StorageUse({ t, usage }: { t: BoardStrings; usage: StorageUsage }) {
  const text = storageUseText(t, usage);
  return (
    <p class="pb-help pb-board-storage">
      <label>
        <span class="pb-board-storage-label">{t.storageLabel}</span>
        <meter min={0} max={100} low={60} high={80} optimum={0} value={text.percent} />
      </label>{' '}
      <span>{text.use}</span>
    </p>
  );
}

export function StorageWarning(props: {
  t: BoardStrings;
  usage: StorageUsage;
  busy: boolean;
  onExport: () => void;
}) {
  const { warning } = storageUseText(props.t, props.usage);
  if (warning === null) return null;
  return (
    <div class="pb-notice pb-warn pb-board-storage-warning" role="status">
      <p>{warning}</p>
      <button type="button" class="pb-button" disabled={props.busy} onClick={props.onExport}>
        {props.t.exportAll}
      </button>
    </div>
  );
}
