// One message line for what an action did, shared by the deal board and the tools: a new
// message replaces the old one; the caller gives its buttons (Undo, Retry…), and Dismiss
// always ends the row. It announces politely and stays in the page's flow (it covers nothing).
// Its state: useToast (./use-toast.ts).
import type { ComponentChildren } from 'preact';

export function ToastRegion(props: {
  id: string;
  /** The class the region, its body (`-body`) and its kind (`-info`, `-error`…) are named from. */
  base: string;
  /** The class of the row of buttons. */
  buttons: string;
  toast: { seq: number; kind: string; text: string } | null;
  dismiss: string;
  onDismiss: () => void;
  /** The message's own buttons, before Dismiss. */
  children?: ComponentChildren;
}) {
  const { base, toast } = props;
  return (
    <div
      id={props.id}
      class={toast ? `${base} ${base}-${toast.kind}` : base}
      role="status"
      aria-live="polite"
      tabIndex={-1}
    >
      {toast && (
        <div class={`${base}-body`} key={toast.seq}>
          <p>{toast.text}</p>
          <div class={props.buttons}>
            {props.children}
            <button type="button" class="pb-button" onClick={props.onDismiss}>
              {props.dismiss}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
