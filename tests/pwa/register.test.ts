// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfferOptions } from '../../src/pwa/update-offer.ts';

class FakeWorker extends EventTarget {
  postMessage = vi.fn();
  constructor(public state: ServiceWorkerState) {
    super();
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve(this));
}

class FakeContainer extends EventTarget {
  registration = new FakeRegistration();
  register = vi.fn((_url: string) => Promise.resolve(this.registration));
  constructor(public controller: object | null) {
    super();
  }
}

const offers: OfferOptions[] = [];
let reload: ReturnType<typeof vi.fn>;

/** Loads src/pwa/register.ts as a production page would, with this service-worker container. */
async function start(container: FakeContainer, lang = 'en') {
  document.documentElement.lang = lang;
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  vi.resetModules();
  vi.doMock('../../src/pwa/update-offer.ts', () => ({
    showUpdateOffer: (options: OfferOptions) => offers.push(options),
  }));
  await import('../../src/pwa/register.ts');
  await vi.waitFor(() => expect(container.registration.update).toHaveBeenCalled());
}

/** Lets pending promises (the lazy import of the offer) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  offers.length = 0;
  reload = vi.fn();
  vi.stubGlobal('location', { reload });
  vi.stubEnv('PROD', true);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.doUnmock('../../src/pwa/update-offer.ts');
});

describe('a browser that refuses workers', () => {
  it('copes with a registration that resolves with nothing', async () => {
    const sw = new FakeContainer(null);
    const errors: unknown[] = [];
    const onRejection = (reason: unknown) => errors.push(reason);
    process.on('unhandledRejection', onRejection);
    sw.register = vi.fn(() => Promise.resolve(undefined as unknown as FakeRegistration));
    document.documentElement.lang = 'en';
    Object.defineProperty(navigator, 'serviceWorker', { value: sw, configurable: true });
    vi.resetModules();
    await import('../../src/pwa/register.ts');
    await settle();
    process.off('unhandledRejection', onRejection);
    expect(sw.register).toHaveBeenCalledWith('/sw.js');
    expect(errors).toEqual([]);
  });
});

describe('first visit', () => {
  it('registers /sw.js; the first install and its claim of the page are no update', async () => {
    const sw = new FakeContainer(null);
    const first = new FakeWorker('installing');
    sw.registration.installing = first;
    await start(sw);
    expect(sw.register).toHaveBeenCalledWith('/sw.js');
    first.become('installed');
    sw.controller = {};
    sw.dispatchEvent(new Event('controllerchange'));
    await settle();
    expect(offers).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('a new release', () => {
  it('already waiting when the page opens: offered in the page language; nothing reloads until the rep accepts', async () => {
    const sw = new FakeContainer({});
    const waiting = new FakeWorker('installed');
    sw.registration.waiting = waiting;
    await start(sw, 'zh-CN');
    await settle();
    expect(offers.map((o) => o.lang)).toEqual(['zh']);
    expect(reload).not.toHaveBeenCalled();
    expect(waiting.postMessage).not.toHaveBeenCalled();

    offers[0]!.accept();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    sw.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('found while the page is open: offered once the new worker has installed', async () => {
    const sw = new FakeContainer({});
    await start(sw);
    const next = new FakeWorker('installing');
    sw.registration.installing = next;
    sw.registration.dispatchEvent(new Event('updatefound'));
    await settle();
    expect(offers).toEqual([]);
    next.become('installed');
    await settle();
    expect(offers.map((o) => o.lang)).toEqual(['en']);
  });

  it('is looked for when the page becomes visible again, and a failed check (offline) is harmless', async () => {
    const sw = new FakeContainer({});
    sw.registration.update.mockRejectedValue(new TypeError('Failed to fetch'));
    await start(sw);
    const checks = sw.registration.update.mock.calls.length;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(sw.registration.update.mock.calls.length).toBe(checks + 1);
  });

  it('taken up in another tab: this page offers a reload instead of reloading under the rep', async () => {
    const sw = new FakeContainer({});
    await start(sw);
    sw.dispatchEvent(new Event('controllerchange'));
    await settle();
    expect(reload).not.toHaveBeenCalled();
    expect(offers).toHaveLength(1);
    // Nothing is waiting any more: accepting just reloads.
    offers[0]!.accept();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

it('does nothing outside a production build', async () => {
  vi.stubEnv('PROD', false);
  const sw = new FakeContainer(null);
  Object.defineProperty(navigator, 'serviceWorker', { value: sw, configurable: true });
  vi.resetModules();
  await import('../../src/pwa/register.ts');
  await settle();
  expect(sw.register).not.toHaveBeenCalled();
});
