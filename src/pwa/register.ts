/**
 * Registers the service worker (/sw.js, generated at the end of the build by src/pwa/build/integration.ts)
 * and watches for new releases. It runs on every page, so it stays tiny: the reload
 * offer (./update-offer.ts) is loaded only once a new release is waiting.
 *
 * A new release never interrupts a rep: its service worker installs and then waits; the
 * page offers a reload, and only the rep's click lets it take over (SKIP_WAITING), after
 * which this page reloads. Other open pages are told, never reloaded.
 */
import type { OfferOptions } from './update-offer.ts';

/** How often a page left open asks for a new release. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  // On the first visit the new worker claims the page: that is no update to offer.
  let controlled = !!sw.controller;
  let accepted = false;
  let registration: ServiceWorkerRegistration | undefined;

  const offer = () => {
    const options: OfferOptions = {
      lang: document.documentElement.lang === 'en' ? 'en' : 'zh',
      accept: () => {
        accepted = true;
        const waiting = registration?.waiting;
        if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
        else location.reload();
      },
    };
    // Fire and forget: the offer is a hint, and a failed load leaves the page as it is.
    void import('./update-offer.ts').then((m) => m.showUpdateOffer(options));
  };

  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
    else if (controlled) offer();
    controlled = true;
  });

  sw.register('/sw.js').then(
    (reg: ServiceWorkerRegistration | undefined) => {
      // Browsers that refuse workers (policy, automation) may resolve with nothing.
      if (!reg) return;
      registration = reg;
      const whenInstalled = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && sw.controller) offer();
        });
      if (reg.waiting && sw.controller) offer();
      whenInstalled(reg.installing);
      reg.addEventListener('updatefound', () => whenInstalled(reg.installing));
      // Offline, or the server is down: the next check will do.
      const check = () => void reg.update().catch(() => undefined);
      check();
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
    () => undefined,
  );
}
