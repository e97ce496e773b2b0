// A removed entry of a tool's list (an attendee, a competitor) with Undo: the same message line
// as a deleted deal on the board (src/shared/Toast.tsx). Focus moves to Undo, as there; the
// line stays until used or dismissed, and Undo brings the entry back into the deal it left.
import { useEffect, useRef } from 'preact/hooks';
import type { ChromeStrings } from '../../i18n/ui';
import { fill } from '../../shared/fill';
import { ToastRegion, useToast, type Sequenced } from '../../shared/Toast';
import { $currentDeal } from '../../storage/index';

type Removed<T> = Sequenced<{ kind: 'undo'; text: string; value: T; dealId: string | undefined }>;

export function useUndo<T>(chrome: ChromeStrings) {
  const { toast, show, clear } = useToast<Omit<Removed<T>, 'seq'>>();
  return {
    removed: toast,
    /** Offers Undo for the entry named `name`; `value` is what Undo needs to put it back. */
    offer: (name: string, value: T) =>
      show({ kind: 'undo', text: fill(chrome.removed, { name }), value, dealId: $currentDeal.get()?.id }),
    /** The entry to put back, and the line gone; nothing when another deal is open now. */
    take: (): T | null => {
      clear();
      return toast && toast.dealId === $currentDeal.get()?.id ? toast.value : null;
    },
    clear,
  };
}

export function UndoLine<T>(props: {
  id: string;
  chrome: ChromeStrings;
  removed: Removed<T> | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { id, chrome, removed } = props;
  const undo = useRef<HTMLButtonElement>(null);
  const seq = removed?.seq;
  // The removed entry's own button is gone: focus goes to Undo, as after deleting a deal.
  useEffect(() => {
    if (seq !== undefined) undo.current?.focus();
  }, [seq]);
  return (
    <ToastRegion
      id={id}
      base="pb-tool-toast"
      buttons="pb-tool-toast-buttons"
      toast={removed}
      dismiss={chrome.dismiss}
      onDismiss={props.onDismiss}
    >
      {removed && (
        <button
          type="button"
          id={`${id}-undo`}
          ref={undo}
          class="pb-button pb-primary"
          onClick={props.onUndo}
        >
          {chrome.undo}
        </button>
      )}
    </ToastRegion>
  );
}
