// The board's one message line (src/shared/Toast.tsx): what an action did, with Undo after
// a delete and Retry after a save the quota refused. A new message replaces the old one.
import type { Deal } from '../deals/schema';
import type { ChromeStrings } from '../i18n/ui';
import { ToastRegion as MessageLine } from '../shared/Toast';
import { useToast as useMessage, type Sequenced } from '../shared/use-toast';
import type { BoardStrings } from './definition';

export type ToastInput =
  | { kind: 'info' | 'error'; text: string; retry?: boolean }
  | { kind: 'deleted'; text: string; dealId: string };
export type Toast = Sequenced<ToastInput>;

export const useToast = () => useMessage<ToastInput>();

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
    <MessageLine
      id="board-toast"
      base="pb-board-toast"
      buttons="pb-board-buttons"
      toast={toast}
      dismiss={t.dismiss}
      onDismiss={props.onDismiss}
    >
      {toast?.kind === 'deleted' && props.lastDeleted?.id === toast.dealId && (
        <button type="button" id="board-toast-undo" class="pb-button pb-primary" onClick={props.onUndo}>
          {t.undo}
        </button>
      )}
      {toast?.kind === 'error' && toast.retry === true && (
        <button type="button" class="pb-button" onClick={props.onRetry}>
          {ui.retrySave}
        </button>
      )}
    </MessageLine>
  );
}
