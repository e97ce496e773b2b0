/**
 * Search loads on intent, not at start: a reader who only reads never downloads Pagefind.
 * Intent is the pointer over the search button, focus on it, a tap, or a search shortcut.
 */

/**
 * How long search waits after a key press before it searches (Pagefind UI's own default is
 * 300 ms): the index is small and searched in a worker, so results can follow typing closely.
 */
export const SEARCH_SETTLE_MS = 100;

/** What a key press asks of the search dialog: Ctrl/⌘+K toggles it, "/" opens it outside text fields. */
export function searchShortcut(event: KeyboardEvent, dialogOpen: boolean): 'open' | 'close' | null {
  if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k')
    return dialogOpen ? 'close' : 'open';
  if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || dialogOpen) return null;
  return isTyping(event.target) ? null : 'open';
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs `load` once, at the first sign that the reader wants to search (again at the next, if it failed). */
export function onSearchIntent(button: HTMLElement, load: () => Promise<void>): void {
  const stop = new AbortController();
  const once = () => {
    stop.abort();
    load().catch((error: unknown) => {
      console.error(error);
      onSearchIntent(button, load);
    });
  };
  const options = { signal: stop.signal, passive: true };
  // pointerdown: a tap on a touch screen, which has no hover before it.
  for (const type of ['pointerenter', 'pointerdown', 'focus']) button.addEventListener(type, once, options);
  window.addEventListener(
    'keydown',
    (event) => {
      if (searchShortcut(event, false)) once();
    },
    // Before the dialog's own shortcut handler, so loading starts as the dialog opens.
    { ...options, capture: true },
  );
}
