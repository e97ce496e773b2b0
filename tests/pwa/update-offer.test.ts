// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfferOptions } from '../../src/pwa/update-offer.ts';

/** A fresh copy of the module: it shows its offer once per page. */
async function load() {
  vi.resetModules();
  return import('../../src/pwa/update-offer.ts');
}

let reload: ReturnType<typeof vi.fn>;
beforeEach(() => {
  vi.useFakeTimers();
  reload = vi.fn();
  vi.stubGlobal('location', { reload });
  document.body.innerHTML = '<main><p>Page</p></main>';
  document.adoptedStyleSheets = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe.each([
  ['zh', '本网站有新版本。刷新页面即可使用，已保存的答案不会丢失。', '刷新', '稍后'],
  [
    'en',
    'A new version of this site is ready. Reload to use it; your saved answers are kept.',
    'Reload',
    'Later',
  ],
] as const)('in %s', (lang, message, reloadLabel, laterLabel) => {
  it('shows a status banner with the message and two buttons in the page language', async () => {
    const { showUpdateOffer } = await load();
    const banner = showUpdateOffer({ lang, accept: vi.fn() })!;
    expect(banner.getAttribute('role')).toBe('status');
    expect(document.body.lastElementChild).toBe(banner);
    // The live region is in the page first, its text follows, so screen readers announce it.
    expect(banner.querySelector('p')!.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(banner.querySelector('p')!.textContent).toBe(message);
    expect([...banner.querySelectorAll('button')].map((b) => [b.type, b.textContent])).toEqual([
      ['button', reloadLabel],
      ['button', laterLabel],
    ]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });
});

describe('the rep decides', () => {
  it('Reload lets the new release take over once, then reloads; the page waits for it', async () => {
    const { showUpdateOffer } = await load();
    const accept = vi.fn();
    const banner = showUpdateOffer({ lang: 'en', accept } satisfies OfferOptions)!;
    const [reloadButton, later] = banner.querySelectorAll('button');
    reloadButton!.click();
    expect(accept).toHaveBeenCalledTimes(1);
    expect(reloadButton!.disabled && later!.disabled).toBe(true);
    reloadButton!.click();
    expect(accept).toHaveBeenCalledTimes(1);
    // Normally the take-over reloads the page; if it never comes, the page reloads anyway.
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(4000);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('Later removes the banner and changes nothing else', async () => {
    const { showUpdateOffer } = await load();
    const accept = vi.fn();
    const banner = showUpdateOffer({ lang: 'zh', accept })!;
    banner.querySelectorAll('button')[1]!.click();
    expect(banner.isConnected).toBe(false);
    expect(document.body.innerHTML).toBe('<main><p>Page</p></main>');
    vi.advanceTimersByTime(10_000);
    expect(accept).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('is shown once per page, however often a release is found', async () => {
    const { showUpdateOffer } = await load();
    expect(showUpdateOffer({ lang: 'en', accept: vi.fn() })).not.toBeNull();
    expect(showUpdateOffer({ lang: 'en', accept: vi.fn() })).toBeNull();
    expect(document.querySelectorAll('.pb-update')).toHaveLength(1);
  });
});
