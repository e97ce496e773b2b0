/**
 * The search element of the Search override (src/components/overrides/Search.astro):
 * Starlight's script (0.42) with the override's changes, moved here from the component.
 * tests/components/overrides/upstream.test.ts holds it to exactly those changes.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { onSearchIntent, SEARCH_SETTLE_MS, searchShortcut } from './intent';

class SiteSearch extends HTMLElement {
  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (
        isLink ||
        (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))
      ) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      const shortcut = searchShortcut(e, dialog.open);
      if (shortcut) {
        if (shortcut === 'close') closeModal();
        else openModal();
        e.preventDefault();
      }
    });

    let translations = {};
    try {
      translations = JSON.parse(this.dataset.translations || '{}') as Record<string, string>;
    } catch {
      // Malformed translations: Pagefind's own English strings are used.
    }

    const shouldStrip = this.dataset.stripTrailingSlash !== undefined;
    const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
    const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

    window.addEventListener('DOMContentLoaded', () => {
      if (import.meta.env.DEV) return;
      onSearchIntent(openBtn, async () => {
        const fallback = import('./fallback');
        const { PagefindUI } = await import('@pagefind/default-ui');
        new PagefindUI({
          ...pagefindUserConfig,
          element: '#starlight__search',
          baseUrl: import.meta.env.BASE_URL,
          bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
          debounceTimeoutMs: SEARCH_SETTLE_MS,
          showImages: false,
          translations,
          showSubResults: true,
          processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
            result.url = formatURL(result.url);
            result.sub_results = result.sub_results.map((sub_result) => {
              sub_result.url = formatURL(sub_result.url);
              return sub_result;
            });
          },
        });
        (await fallback).answerQuestions(this, translations, formatURL);
        if (dialog.open) this.querySelector('input')?.focus();
      });
    });
  }
}
customElements.define('site-search', SiteSearch);
