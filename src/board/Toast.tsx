// The board's one message line: what an action did, with Undo after a delete and Retry
// after a save the quota refused. A new message replaces the old one.
import { useRef, useState } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import type { ChromeStrings } from '../i18n/ui';
import type { BoardStrings } from './definition';

export type Toast =
  | { seq: number; kind: 'info' | 'error'; text: string; retry?: boolean }
  | { seq: number; kind: 'deleted'; text: string; dealId: string };
export type ToastInput = Toast extends infer T ? (T extends unknown ? Omit<T, 'seq'> : never) : never;

export function useToast() {
  const [toast, setToast] = useState<Toast | null>(null);
  const seqRef = useRef(0);
  return {
    toast,
    show: (next: ToastInput) => setToast({ ...next, seq: ++seqRef.current }),
    clear: () => setToast(null),
  };
}

export function ToastRegion(props: {
  t: BoardStrings;
  ui: ChromeStrings;
  toast: Toast | null;
  /** The deal that Undo would bring back. */
  lastDeleted: Deal | null;
  onUndo: () => void;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const { t, ui, toast } = props;
  return (
    <div
      id="board-toast"
      class={toast ? `pb-board-toast pb-board-toast-${toast.kind}` : 'pb-board-toast'}
      role="status"
      aria-live="polite"
      tabIndex={-1}
    >
      {toast && (
        <div class="pb-board-toast-body" key={toast.seq}>
          <p>{toast.text}</p>
          <div class="pb-board-buttons">
            {toast.kind === 'deleted' && props.lastDeleted?.id === toast.dealId && (
              <button type="button" id="board-toast-undo" class="pb-button pb-primary" onClick={props.onUndo}>
                {t.undo}
              </button>
            )}
            {toast.kind === 'error' && toast.retry === true && (
              <button type="button" class="pb-button" onClick={props.onRetry}>
                {ui.retrySave}
              </button>
            )}
            <button type="button" class="pb-button" onClick={props.onDismiss}>
              {t.dismiss}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
