/**
 * The Starlight overrides that must copy a component (src/components/overrides/) stay
 * the installed component plus the intended lines: after a Starlight upgrade that
 * changes anything else in the copied component (a fix the copy would silently drop),
 * these fail, and the copy is redone from the new component.
 */
import { describe, expect, it } from 'vitest';
import { differences } from './upstream';

/** Our header comment, which only the copy has: lines starting with /** or *. */
const notHeader = (line: string) => !/^\/\*\*$|^\*( |\/$)|^\*$/.test(line);

describe('Starlight overrides copy the installed component but for the intended lines', () => {
  it('Search: the open button named by its content (label in name), Pagefind loaded on intent, the question fallback; nothing else', async () => {
    const { removed, added } = await differences('Search.astro', 'dist/components/Search.astro');
    expect(removed).toEqual([
      "import Icon from '../user-components/Icon.astro';",
      "const dataAttributes: DOMStringMap = { 'data-translations': JSON.stringify(pagefindTranslations) };",
      '<button data-open-modal disabled aria-label={Astro.locals.t(\'search.label\')} aria-keyshortcuts="Control+K">',
      '<span class="sl-hidden md:sl-block" aria-hidden="true">',
      "{Astro.locals.t('search.label')}",
      '</span>',
      "<kbd>{Astro.locals.t('search.ctrlKey')}</kbd>",
      '<kbd>K</kbd>',
      "if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {",
      'dialog.open ? closeModal() : openModal();',
      '} catch {}',
      'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));',
      'onIdle(async () => {',
    ]);
    expect(added.filter(notHeader)).toEqual([
      "import { Icon } from '@astrojs/starlight/components';",
      "const dataAttributes: Record<string, string> = { 'data-translations': JSON.stringify(pagefindTranslations) };",
      '<button data-open-modal disabled aria-keyshortcuts="Control+K">',
      '<span class="sl-hidden md:sl-block">{Astro.locals.t(\'search.label\')}</span>',
      '<span class="sr-only md:sl-hidden">{Astro.locals.t(\'search.label\')}</span>',
      "<kbd>{Astro.locals.t('search.ctrlKey')}</kbd> <kbd>K</kbd>",
      // Loading on intent (src/search/intent.ts): the shortcuts, the trigger, a shorter wait after typing.
      "import { onSearchIntent, SEARCH_SETTLE_MS, searchShortcut } from '../../search/intent';",
      'const shortcut = searchShortcut(e, dialog.open);',
      'if (shortcut) {',
      "if (shortcut === 'close') closeModal();",
      'else openModal();',
      '} catch {',
      "// Malformed translations: Pagefind's own English strings are used.",
      'onSearchIntent(openBtn, async () => {',
      "const fallback = import('../../search/fallback');",
      'debounceTimeoutMs: SEARCH_SETTLE_MS,',
      // The question fallback (src/search/fallback.ts), and focus for a dialog opened before the UI was there.
      '(await fallback).answerQuestions(this, translations, formatURL);',
      "if (dialog.open) this.querySelector('input')?.focus();",
      '}',
    ]);
  });

  it('ThemeProvider: reading the stored theme survives blocked storage, nothing else', async () => {
    const { removed, added } = await differences(
      'ThemeProvider.astro',
      'dist/components/ThemeProvider.astro',
    );
    expect(removed).toEqual([
      "import Icon from '../user-components/Icon.astro';",
      "const storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');",
    ]);
    expect(added.filter(notHeader)).toEqual([
      "import { Icon } from '@astrojs/starlight/components';",
      'let storedTheme = null;',
      'try {',
      "storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');",
      '} catch {',
      'storedTheme = null;',
      '}',
    ]);
  });

  it('ThemeSelect: loading and storing the theme survive blocked storage, nothing else', async () => {
    const { removed, added } = await differences('ThemeSelect.astro', 'dist/components/ThemeSelect.astro');
    expect(removed).toEqual([
      "import Select from './Select.astro';",
      '{/* TODO: Can we give this select a width that works well for each language’s strings? */}',
      'StarlightThemeProvider.updatePickers();',
      '/** Load the user’s preference from `localStorage`. */',
      'const loadTheme = (): Theme =>',
      "parseTheme(typeof localStorage !== 'undefined' && localStorage.getItem(storageKey));",
      '/** Store the user’s preference in `localStorage`. */',
      'StarlightThemeProvider.updatePickers(theme);',
    ]);
    expect(added.filter(notHeader)).toEqual([
      "import Select from '@astrojs/starlight/components/Select.astro';",
      'window.StarlightThemeProvider?.updatePickers();',
      "/** Load the user’s preference from `localStorage` ('auto' when storage is blocked). */",
      'function loadTheme(): Theme {',
      'try {',
      "return parseTheme(typeof localStorage !== 'undefined' && localStorage.getItem(storageKey));",
      '} catch {',
      "return 'auto';",
      '/** Store the user’s preference in `localStorage`; where storage is blocked it is kept for this page only. */',
      'try {',
      '} catch {',
      '// Blocked or full: the theme still applies to this page.',
      'window.StarlightThemeProvider?.updatePickers(theme);',
      '}',
      '}',
      '}',
    ]);
  });
});
