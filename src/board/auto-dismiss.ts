// An information message on the board leaves by itself after a few seconds; an undo or an
// error stays until it is used or dismissed. A message holding focus waits.
import { useEffect } from 'preact/hooks';

/** How long an information message stays, in milliseconds. */
export const INFO_MESSAGE_MS = 6000;

/**
 * Clears `message` INFO_MESSAGE_MS after it appears when its kind is 'info', unless the
 * element `regionId` then holds focus; it tries again after the same delay.
 */
export function useAutoDismiss(
  message: { seq: number; kind: string } | null,
  regionId: string,
  clear: () => void,
): void {
  useEffect(() => {
    if (message?.kind !== 'info') return;
    let timer = 0;
    const tryClear = () => {
      const region = document.getElementById(regionId);
      const busy = region !== null && region.contains(document.activeElement);
      if (busy) timer = window.setTimeout(tryClear, INFO_MESSAGE_MS);
      else clear();
    };
    timer = window.setTimeout(tryClear, INFO_MESSAGE_MS);
    return () => window.clearTimeout(timer);
    // A new message (seq) restarts the wait.
  }, [message?.seq]);
}
