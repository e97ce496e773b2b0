// Moves focus after the render that creates its target (a new row, the toast's Undo…):
// an action names the element's id, and the next render focuses it. With `keep`, the
// element the reader is looking at (a row, a case) stays where it was on the screen,
// whatever the render added or removed above it, so the page never jumps.
import { useEffect, useRef } from 'preact/hooks';

interface Pending {
  id: string;
  keep: HTMLElement | null;
  top: number;
}

export type FocusLater = (id: string, keep?: string) => void;

export function useFocusLater(): FocusLater {
  const pendingRef = useRef<Pending | null>(null);
  useEffect(() => {
    const next = pendingRef.current;
    if (next === null) return;
    // Preact runs an earlier render's pending effect just before the next render, so this can
    // run before the render that makes the target: then the target's own render does it.
    const target = document.getElementById(next.id);
    if (target === null) return;
    pendingRef.current = null;
    if (next.keep?.isConnected) {
      const moved = next.keep.getBoundingClientRect().top - next.top;
      if (moved !== 0) window.scrollBy(0, moved);
    }
    target.focus({ preventScroll: next.keep !== null });
  });
  return (id: string, keep?: string) => {
    const anchor = keep === undefined ? null : document.getElementById(keep);
    pendingRef.current = { id, keep: anchor, top: anchor?.getBoundingClientRect().top ?? 0 };
  };
}
