/**
 * The Starlight overrides that must copy a component (src/components/overrides/) stay
 * the installed component plus the intended lines: after a Starlight upgrade that
 * changes anything else in the copied component (a fix the copy would silently drop),
 * these fail, and the copy is redone from the new component.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { differences } from './upstream';

/** The blocks of Starlight's Search that the copy keeps in files of their own. */
const SEARCH_MOVED = [
  { opening: '<script>', file: 'src/search/site-search.ts' },
  { opening: '<style is:global>', file: 'src/components/overrides/search-results.css' },
];

/** Our header comment, which only the copy has: lines starting with /** or *. */
const notHeader = (line: string) => !/^\/\*\*$|^\*( |\/$)|^\*$/.test(line);

describe('Starlight overrides copy the installed component but for the intended lines', () => {
  it('Search: the open button named by its content (label in name), Pagefind loaded on intent, the question fallback; nothing else', async () => {
    const { removed, added } = await differences(
      'Search.astro',
      'dist/components/Search.astro',
      SEARCH_MOVED,
    );
    expect(removed).toEqual([
      "import Icon from '../user-components/Icon.astro';",
      "const dataAttributes: DOMStringMap = { 'data-translations': JSON.stringify(pagefindTranslations) };",
      '<button data-open-modal disabled aria-label={Astro.locals.t(\'search.label\')} aria-keyshortcuts="Control+K">',
      '<span class="sl-hidden md:sl-block" aria-hidden="true">',
      "{Astro.locals.t('search.label')}",
      '</span>',
      "<kbd>{Astro.locals.t('search.ctrlKey')}</kbd>",
      '<kbd>K</kbd>',
      "openBtn.setAttribute('aria-keyshortcuts', 'Meta+K');",
      // The element's script is in src/search/site-search.ts, the global styles in search-results.css.
      '<script></script>',
      '<style is:global></style>',
      "if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {",
      'dialog.open ? closeModal() : openModal();',
      "translations = JSON.parse(this.dataset.translations || '{}');",
      '} catch {}',
      'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));',
      'onIdle(async () => {',
      '// @ts-expect-error — Missing types for @pagefind/default-ui package.',
    ]);
    expect(added.filter(notHeader)).toEqual([
      "import { Icon } from '@astrojs/starlight/components';",
      "import './search-results.css';",
      "const dataAttributes: Record<string, string> = { 'data-translations': JSON.stringify(pagefindTranslations) };",
      // The button names every shortcut that opens search (src/search/intent.ts handles all three).
      '<button data-open-modal disabled aria-keyshortcuts="Control+K Meta+K /">',
      '<span class="sl-hidden md:sl-block">{Astro.locals.t(\'search.label\')}</span>',
      '<span class="sr-only md:sl-hidden">{Astro.locals.t(\'search.label\')}</span>',
      "<kbd>{Astro.locals.t('search.ctrlKey')}</kbd> <kbd>K</kbd>",
      "openBtn.setAttribute('aria-keyshortcuts', 'Meta+K Control+K /');",
      '<script>',
      "import '../../search/site-search';",
      '</script>',
      // Loading on intent (src/search/intent.ts): the shortcuts, the trigger, a shorter wait after typing.
      "import { onSearchIntent, SEARCH_SETTLE_MS, searchShortcut } from './intent';",
      'const shortcut = searchShortcut(e, dialog.open);',
      'if (shortcut) {',
      "if (shortcut === 'close') closeModal();",
      'else openModal();',
      // Typed, as the project's lint asks (Pagefind UI's types: src/search/pagefind-default-ui.d.ts).
      "translations = JSON.parse(this.dataset.translations || '{}') as Record<string, string>;",
      '} catch {',
      "// Malformed translations: Pagefind's own English strings are used.",
      'onSearchIntent(openBtn, async () => {',
      "const fallback = import('./fallback');",
      'debounceTimeoutMs: SEARCH_SETTLE_MS,',
      // The question fallback (src/search/fallback.ts), and focus for a dialog opened before the UI was there.
      '(await fallback).answerQuestions(this, translations, formatURL);',
      "if (dialog.open) this.querySelector('input')?.focus();",
      '}',
    ]);
  });

  it('Search: a change in Starlight’s component, its script or its global styles is caught', async () => {
    const installed = readFileSync(
      new URL('../../../node_modules/@astrojs/starlight/dist/components/Search.astro', import.meta.url),
      'utf8',
    );
    const changes = [
      // In the markup and scoped styles that stay in Search.astro.
      ['min-height: 15rem;', 'min-height: 16rem;', 'min-height: 16rem;'],
      // In the script, now src/search/site-search.ts.
      ['dialog.showModal();', 'dialog.showModal(); dialog.scrollTop = 0;', 'dialog.scrollTop = 0;'],
      // In the global styles, now search-results.css.
      ['font-weight: 600;', 'font-weight: 700;', 'font-weight: 700;'],
    ];
    for (const [line, changed, caught] of changes) {
      expect(installed).toContain(line);
      const { removed } = await differences(
        'Search.astro',
        'dist/components/Search.astro',
        SEARCH_MOVED,
        installed.replace(line!, changed!),
      );
      expect(removed).toContain(caught);
    }
  });

  it('SiteTitle: a short title for phones beside the full one, no logo (this site has none); nothing else', async () => {
    const { removed, added } = await differences('SiteTitle.astro', 'dist/components/SiteTitle.astro');
    // The logo's markup and styles, which a site without a logo never renders.
    expect(removed).toEqual([
      "import { logos } from 'virtual:starlight/user-images';",
      "import config from 'virtual:starlight/user-config';",
      '{config.logo && logos.dark && (',
      '<>',
      '<img',
      "class:list={{ 'light:sl-hidden print:hidden': !('src' in config.logo) }}",
      'alt={config.logo.alt}',
      'src={logos.dark.src}',
      'width={logos.dark.width}',
      'height={logos.dark.height}',
      '/>',
      '{/* Show light alternate if a user configure both light and dark logos. */}',
      "{!('src' in config.logo) && (",
      '<img',
      'class="dark:sl-hidden print:block"',
      'alt={config.logo.alt}',
      'src={logos.light?.src}',
      'width={logos.light?.width}',
      'height={logos.light?.height}',
      '/>',
      '</>',
      ')}',
      '<span class:list={{ \'sr-only\': config.logo?.replacesTitle }} translate="no">',
      'img {',
      'height: calc(var(--sl-nav-height) - 2 * var(--sl-nav-pad-y));',
      'width: auto;',
      'max-width: 100%;',
      'object-fit: contain;',
      'object-position: 0 50%;',
    ]);
    expect(added.filter(notHeader)).toEqual([
      "import en from '../../../content/i18n/en.json';",
      "import zh from '../../../content/i18n/zh-CN.json';",
      "import { langOfPath } from '../../i18n/lang';",
      "const short = (langOfPath(Astro.url.pathname) === 'en' ? en : zh)['site.shortTitle'];",
      'const hasShort = short !== siteTitle;',
      "<span class:list={['pb-title-full', { 'pb-title-has-short': hasShort }]} translate=\"no\">",
      '{hasShort && (',
      '<span class="pb-title-short" aria-hidden="true" translate="no">',
      '{short}',
      '</span>',
      '.pb-title-short {',
      'display: none;',
      '/* Where the header leaves the full title too little room (phones): the short title shows,',
      'and the full one stays for screen readers only. */',
      '@media (max-width: 30rem) {',
      '.pb-title-full.pb-title-has-short {',
      'position: absolute;',
      'width: 1px;',
      'height: 1px;',
      'margin: -1px;',
      'padding: 0;',
      'overflow: hidden;',
      'clip-path: inset(50%);',
      'white-space: nowrap;',
      'border: 0;',
      '}',
      '.pb-title-short {',
      'display: inline;',
      '}',
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
