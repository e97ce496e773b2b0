// Moves focus after the render that creates its target (a new row, the toast's Undo…):
// an action names the element's id, and the next render focuses it.
import { useEffect, useRef } from 'preact/hooks';

export function useFocusLater(): (id: string) => void {
  const pendingRef = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingRef.current;
    if (id === null) return;
    pendingRef.current = null;
    document.getElementById(id)?.focus();
  });
  return (id: string) => {
    pendingRef.current = id;
  };
}
