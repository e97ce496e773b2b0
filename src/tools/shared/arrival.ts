// Where a tool puts the reader: at the item a link names, and, after a deal is created, at the
// tool's controls instead of the page's top.
/** The id the address names ('' for none or a malformed one), as the page's own script reads it. */
function linkedId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

/** The element of this tool that the page's address names (#tool--item), within `scope`. */
export function linkedItem(frame: HTMLElement, scope: string): HTMLElement | null {
  const id = linkedId();
  const tool = frame.closest('.pb-tool');
  if (!id || !tool) return null;
  return tool.querySelector<HTMLElement>(`${scope} [id="${CSS.escape(id)}"]`);
}

/** Scrolls the tool's invitation into view with the item below it, when both fit on the screen. */
export function showInvitationWithItem(frame: HTMLElement, item: HTMLElement): void {
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const span = item.getBoundingClientRect().bottom - frame.getBoundingClientRect().top;
  if (span <= window.innerHeight - padding) frame.scrollIntoView({ block: 'start' });
}

const CONTROL = 'input:not([disabled]), select, textarea';

/**
 * Focus for the work that follows a new deal: the linked item's first control, else the tool's
 * first one. Focus the page's own script already put in the tool (on the linked item) stays.
 */
export function focusWhereWorkContinues(frame: HTMLElement): void {
  if (frame.contains(document.activeElement)) return;
  const item = linkedItem(frame, '.pb-tool-live');
  const control = (item ?? frame.querySelector('.pb-tool-body'))?.querySelector<HTMLElement>(CONTROL);
  control?.focus();
}
