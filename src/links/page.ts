/**
 * The one script of ours on every page (src/components/SectionLinks.astro):
 * - Copy link: a click on a section heading's link (Starlight's `.sl-anchor-link`) or a
 *   checklist item's (`.pb-copy-link`) copies the absolute link to its anchor, puts the
 *   anchor in the address bar, announces "Link copied" and shows it beside the control.
 *   Without this script both are plain links to their anchor.
 * - Arrival: a page opened at an anchor (or a hash change) scrolls to it and highlights it.
 *   A tool's item waits for the island, which replaces the server-rendered list once a deal
 *   is open; with none the item stays in that list, read-only, shown with the tool's invitation.
 * - Language switch: Starlight's language picker keeps the anchor (ids are the same in
 *   both languages).
 * One small module with no imports of shared code: every reading page loads it.
 */

/** The absolute link to an anchor of the current page: origin, path and `#id`. */
export function linkTo(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

/** The id a location hash names: '' for none, or for a malformed one. */
export function idOfHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** Another page's address with this page's hash: the language picker's target, anchor kept. */
export function withHash(path: string, hash: string): string {
  return path.replace(/#.*$/, '') + hash;
}

const CONTROLS = 'a.sl-anchor-link, a.pb-copy-link';
const ARRIVED = 'pb-arrived';
/** How long the "copied" note stays beside the control. */
const SHOWN_MS = 3000;

/** Copies with the clipboard API, else through a selected read-only field; false when both fail. */
async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure origin, an older browser) or permission refused.
  }
  const field = doc.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.className = 'pb-copy-buffer';
  doc.body.append(field);
  field.focus({ preventScroll: true });
  field.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    // Refused as well: the address bar holds the link.
  }
  field.remove();
  return copied;
}

/** The elements with this id (a tool's item is in its server-rendered list and in the island). */
function withId(doc: Document, id: string): HTMLElement[] {
  try {
    return [...doc.querySelectorAll<HTMLElement>(`[id="${id.replace(/["\\]/g, '\\$&')}"]`)];
  } catch {
    return [];
  }
}

const shown = (el: Element) => el.getClientRects().length > 0;

export function startSectionLinks(doc: Document = document): void {
  const win = doc.defaultView!;
  const status = doc.querySelector<HTMLElement>('.pb-copy-status');
  let noted: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: MutationObserver | undefined;

  const note = (control: Element, message: string) => {
    // The heading's wrapper shows the note, so the link's own name stays the same.
    const host = control.classList.contains('sl-anchor-link') ? control.parentElement! : control;
    clearTimeout(timer);
    noted?.removeAttribute('data-copied');
    host.setAttribute('data-copied', message);
    noted = host;
    timer = setTimeout(() => host.removeAttribute('data-copied'), SHOWN_MS);
    if (status) {
      // Emptied first, so the same message is announced again on a second copy.
      status.textContent = '';
      setTimeout(() => (status.textContent = message), 50);
    }
  };

  doc.addEventListener('click', (event) => {
    const control = (event.target as Element).closest?.<HTMLAnchorElement>(CONTROLS);
    // A modified click opens the link as usual (a new tab, a new window).
    if (!control || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const id = idOfHash(control.hash);
    win.history.replaceState(win.history.state, '', `#${id}`);
    void copyText(doc, linkTo(win.location, id)).then((copied) => {
      control.focus({ preventScroll: true });
      note(control, (copied ? status?.dataset['copiedText'] : status?.dataset['failedText']) ?? '');
    });
  });

  // Starlight's picker goes to the other language's path and drops the hash: keep it.
  doc.addEventListener(
    'change',
    (event) => {
      const select = event.target as HTMLSelectElement;
      if (!win.location.hash || !select.matches('starlight-lang-select select')) return;
      event.stopImmediatePropagation();
      win.location.assign(withHash(select.value, win.location.hash));
    },
    true,
  );

  const land = (target: HTMLElement, focus: boolean) => {
    doc.querySelectorAll(`.${ARRIVED}`).forEach((el) => el.classList.remove(ARRIVED));
    const box = target.closest<HTMLElement>('.sl-heading-wrapper') ?? target;
    void box.offsetWidth; // restarts the highlight when the same element is reached again
    box.classList.add(ARRIVED);
    target.scrollIntoView({ block: 'start' });
    if (focus && (doc.activeElement === doc.body || !doc.activeElement)) {
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
  };

  const arrive = () => {
    watcher?.disconnect();
    const id = idOfHash(win.location.hash);
    if (!id) return;
    const tool = withId(doc, id)[0]?.closest<HTMLElement>('.pb-tool') ?? undefined;
    let last: HTMLElement | undefined;
    let framed = false;
    /** Lands on the anchor as the page stands; true once there is nothing left to wait for. */
    const check = () => {
      const found = withId(doc, id).find(shown);
      // A tool's item: the server-rendered list's until the island is there, then the island's;
      // while no deal is open (the island shows its deal switcher instead), the tool itself.
      const target = found ?? tool;
      // After waiting, the browser's own focus point (the hidden list's item) is gone: move it.
      if (target && target !== last) land(target, !!last && target === found);
      last = target;
      // No deal open: the item stands in the tool's read-only list, under the tool's invitation
      // to create one; once that is there, it comes into view with the item where both fit.
      const frame = found?.closest('.pb-tool-fallback') && tool?.querySelector('.pb-tool-live');
      if (frame && found && !framed) {
        framed = true;
        const showBoth = () => {
          const room =
            win.innerHeight - (parseFloat(getComputedStyle(doc.documentElement).scrollPaddingTop) || 0);
          if (found.getBoundingClientRect().bottom - frame.getBoundingClientRect().top <= room)
            frame.scrollIntoView({ block: 'start' });
        };
        showBoth();
        // Until the page has loaded, the browser may scroll to the address's anchor again and undo this.
        if (doc.readyState !== 'complete') win.addEventListener('load', showBoth, { once: true });
      }
      return !!found && !found.closest('.pb-tool-fallback');
    };
    if (!check() && tool) {
      watcher = new MutationObserver(() => check() && watcher?.disconnect());
      watcher.observe(tool, { childList: true, subtree: true });
    }
  };
  win.addEventListener('hashchange', arrive);
  arrive();
}
