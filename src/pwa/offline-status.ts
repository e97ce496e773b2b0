/**
 * The footer's offline status (./OfflineStatus.astro): on the first visit, how much of the
 * site the service worker has saved for offline use ("Preparing for offline use… 45%"), then
 * "Ready offline" once it is active. The worker reports its progress by message
 * (./build/precache-progress.ts). Where service workers are unavailable nothing calls this
 * and the status stays hidden. Part of ./register.ts, so it adds no request to any page.
 */

/** The type of the service worker's progress message. */
export const PROGRESS_MESSAGE = 'PRECACHE_PROGRESS';

export interface ProgressMessage {
  type: typeof PROGRESS_MESSAGE;
  /** Files saved so far, of `total`. */
  done: number;
  total: number;
}

type Container = Pick<ServiceWorkerContainer, 'ready' | 'addEventListener'>;

/**
 * Shows progress, then readiness, in `el`, whose data-text-preparing ("… {percent}%") and
 * data-text-ready hold the text (not data-ready: that marks an island that has started).
 */
export function showOfflineStatus(sw: Container, el: HTMLElement | null): void {
  if (!el) return;
  let ready = false;
  const show = (text = '') => {
    el.textContent = text;
    el.hidden = false;
  };
  sw.addEventListener('message', (event: MessageEvent<Partial<ProgressMessage> | null>) => {
    const { type, done = 0, total = 0 } = event.data ?? {};
    if (ready || type !== PROGRESS_MESSAGE || total <= 0) return;
    show(
      el.dataset['textPreparing']?.replace(
        '{percent}',
        String(Math.floor((Math.min(done, total) * 100) / total)),
      ),
    );
  });
  // An active worker, first install or an earlier release: the site opens offline.
  void sw.ready.then(() => {
    ready = true;
    show(el.dataset['textReady']);
  });
}
