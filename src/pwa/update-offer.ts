/**
 * The reload offer shown when a new release of the site is waiting: a small banner at
 * the bottom of the page, in the page's language, with Reload and Later. Nothing happens
 * until the rep chooses; saved answers live in the browser's storage and survive the
 * reload (the storage layer migrates them if the new release changed their shape).
 * Loaded on demand by ./register.ts. Styled through a constructed style sheet, which the
 * site's Content Security Policy allows (inline style attributes it does not).
 */
import type { Lang } from '../i18n/lang';

export interface OfferOptions {
  lang: Lang;
  /** Lets the waiting release take over; the page reloads when it has. */
  accept: () => void;
}

export const OFFER_TEXT = {
  zh: {
    message: '本网站有新版本。刷新页面即可使用，已保存的答案不会丢失。',
    reload: '刷新',
    later: '稍后',
  },
  en: {
    message: 'A new version of this site is ready. Reload to use it; your saved answers are kept.',
    reload: 'Reload',
    later: 'Later',
  },
} as const;

const CSS = `
.pb-update{position:fixed;z-index:1000;inset-inline:1rem;bottom:1rem;margin-inline:auto;max-width:34rem;
display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.75rem 1rem;
border:1px solid var(--sl-color-gray-5);border-left:4px solid var(--sl-color-accent);border-radius:.5rem;
background:var(--sl-color-bg-nav);color:var(--sl-color-text);box-shadow:var(--sl-shadow-lg);font-size:var(--sl-text-sm)}
.pb-update p{flex:1 1 14rem;margin:0}
.pb-update div{display:flex;gap:.5rem}
.pb-update button{font:inherit;padding:.35rem .9rem;border-radius:.4rem;cursor:pointer;
border:1px solid var(--sl-color-gray-4);background:var(--sl-color-gray-6);color:var(--sl-color-white)}
.pb-update button.pb-update-reload{background:var(--sl-color-text-accent);border-color:var(--sl-color-text-accent);color:var(--sl-color-black)}
.pb-update button:focus-visible{outline:3px solid var(--sl-color-accent-high);outline-offset:2px}
@media print{.pb-update{display:none}}`;

/** How long to wait for the new release to take over before reloading anyway. */
const TAKEOVER_TIMEOUT_MS = 4000;

let shown = false;

/** Shows the offer once per page; later calls do nothing. Returns the banner, or null. */
export function showUpdateOffer({ lang, accept }: OfferOptions): HTMLElement | null {
  if (shown) return null;
  shown = true;
  const text = OFFER_TEXT[lang];
  // Browsers from before 2023 lack constructed style sheets: the offer still works, unstyled.
  if ('adoptedStyleSheets' in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }

  const banner = document.createElement('div');
  banner.className = 'pb-update';
  banner.setAttribute('role', 'status');
  const message = document.createElement('p');
  const buttons = document.createElement('div');
  const reload = document.createElement('button');
  const later = document.createElement('button');
  reload.type = later.type = 'button';
  reload.className = 'pb-update-reload';
  reload.textContent = text.reload;
  later.textContent = text.later;
  reload.addEventListener('click', () => {
    reload.disabled = later.disabled = true;
    accept();
    setTimeout(() => location.reload(), TAKEOVER_TIMEOUT_MS);
  });
  later.addEventListener('click', () => banner.remove());
  buttons.append(reload, later);
  banner.append(message, buttons);
  document.body.append(banner);
  // Filled after the live region is in the page, so screen readers announce it.
  setTimeout(() => (message.textContent = text.message), 50);
  return banner;
}
