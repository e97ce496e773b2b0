// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import strings from '../../content/offline-status.json' with { type: 'json' };
import { PROGRESS_MESSAGE, showOfflineStatus } from '../../src/pwa/offline-status.ts';

/** A service-worker container whose `ready` resolves when the test says. */
function container() {
  const target = new EventTarget();
  let activate!: () => void;
  const ready = new Promise<ServiceWorkerRegistration>(
    (done) => (activate = () => done({} as ServiceWorkerRegistration)),
  );
  const send = (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data }));
  return { sw: { ready, addEventListener: target.addEventListener.bind(target) }, send, activate };
}

function statusLine(lang: 'zh' | 'en' = 'en') {
  const el = document.createElement('p');
  el.hidden = true;
  el.dataset['textPreparing'] = strings[lang].preparing;
  el.dataset['textReady'] = strings[lang].ready;
  return el;
}

describe('the footer’s offline status', () => {
  it('stays hidden and empty until the service worker says something', () => {
    const el = statusLine();
    showOfflineStatus(container().sw, el);
    expect(el.hidden).toBe(true);
    expect(el.textContent).toBe('');
  });

  it('shows the precache progress in whole percent, then ready once a worker is active', async () => {
    const { sw, send, activate } = container();
    const el = statusLine('zh');
    showOfflineStatus(sw, el);
    send({ type: PROGRESS_MESSAGE, done: 67, total: 149 });
    expect(el.hidden).toBe(false);
    expect(el.textContent).toBe('正在准备离线使用… 44%');
    send({ type: PROGRESS_MESSAGE, done: 149, total: 149 });
    expect(el.textContent).toBe('正在准备离线使用… 100%');
    activate();
    await expect.poll(() => el.textContent).toBe('可离线使用');
    // A later release's download does not take the word back.
    send({ type: PROGRESS_MESSAGE, done: 3, total: 150 });
    expect(el.textContent).toBe('可离线使用');
  });

  it('ignores other messages and nonsense figures', () => {
    const { sw, send } = container();
    const el = statusLine();
    showOfflineStatus(sw, el);
    send({ type: 'SKIP_WAITING' });
    send({ type: PROGRESS_MESSAGE, done: 5, total: 0 });
    send(null);
    expect(el.hidden).toBe(true);
    send({ type: PROGRESS_MESSAGE, done: 500, total: 149 });
    expect(el.textContent).toBe('Preparing for offline use… 100%');
  });

  it('does nothing on a page without the status line', () => {
    const { sw, send } = container();
    expect(() => {
      showOfflineStatus(sw, null);
      send({ type: PROGRESS_MESSAGE, done: 1, total: 2 });
    }).not.toThrow();
  });
});
