// The message line of a removed entry, with Undo (see ./UndoLine.tsx): the board's line
// (src/shared/Toast.tsx). Focus moves to Undo, as after deleting a deal there.
import { useEffect, useRef } from 'preact/hooks';
import { ToastRegion } from '../../shared/Toast';
import type { ChromeStrings } from '../../i18n/ui';
import type { Sequenced } from '../../shared/use-toast';

export type Removed<T> = Sequenced<{ kind: 'undo'; text: string; value: T; dealId: string | undefined }>;

export interface UndoLineProps<T> {
  id: string;
  chrome: ChromeStrings;
  removed: Removed<T> | null;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoRegion<T>(props: UndoLineProps<T>) {
  const { id, chrome, removed } = props;
  const undoRef = useRef<HTMLButtonElement>(null);
  const seq = removed?.seq;
  // The removed entry's own button is gone: focus goes to Undo.
  useEffect(() => {
    if (seq !== undefined) undoRef.current?.focus();
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
          ref={undoRef}
          class="pb-button pb-primary"
          onClick={props.onUndo}
        >
          {chrome.undo}
        </button>
      )}
    </ToastRegion>
  );
}
