// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { idOfHash, linkTo, startSectionLinks, withHash } from '../../src/links/page';

describe('linkTo', () => {
  it('is the origin, the path and the anchor, without query or old hash', () => {
    expect(
      linkTo({ origin: 'https://playbook.example.com', pathname: '/process/prospecting/' }, 'size'),
    ).toBe('https://playbook.example.com/process/prospecting/#size');
    expect(
      linkTo({ origin: 'http://127.0.0.1:4321', pathname: '/en/process/demo/' }, 'demo--flow-credit'),
    ).toBe('http://127.0.0.1:4321/en/process/demo/#demo--flow-credit');
  });
});

describe('idOfHash', () => {
  it.each([
    ['#size', 'size'],
    ['#events--event-8', 'events--event-8'],
    ['', ''],
    ['#', ''],
    ['#%E4%BC%81%E4%B8%9A', '企业'],
    ['#%E0%A4%A', ''],
  ])('%j names %j', (hash, id) => {
    expect(idOfHash(hash)).toBe(id);
  });
});

describe('withHash', () => {
  it.each([
    ['/en/process/prospecting/', '#size', '/en/process/prospecting/#size'],
    ['/process/prospecting/', '', '/process/prospecting/'],
    ['/process/prospecting/#old', '#size', '/process/prospecting/#size'],
  ])('%s with %j is %s', (path, hash, url) => {
    expect(withHash(path, hash)).toBe(url);
  });
});

describe('startSectionLinks (copy)', () => {
  const page = `
    <p class="pb-copy-status" role="status" data-copied-text="Link copied" data-failed-text="Copy it from the address bar"></p>
    <div class="sl-heading-wrapper"><h2 id="size">Company size</h2><a class="sl-anchor-link" href="#size"><span>icon</span></a></div>
    <ol><li id="events--event-8"><a class="pb-copy-link" href="#events--event-8" title="Copy link to item: 8"></a></li></ol>
    <a id="plain" href="#size">plain</a>`;
  let writeText: Mock<() => Promise<void>>;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = page;
    history.replaceState(null, '', '/en/process/prospecting/');
    writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    // jsdom has no execCommand; the fallback is told apart by what it returns.
    document.execCommand = vi.fn(() => false);
    startSectionLinks(document);
  });
  afterEach(() => {
    vi.useRealTimers();
    // A fresh document for the next test: the listeners of this one go with it.
    document.open();
    document.close();
  });

  const status = () => document.querySelector('.pb-copy-status')!.textContent;
  const click = (selector: string, init: MouseEventInit = {}) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
    document.querySelector(selector)!.dispatchEvent(event);
    return event;
  };

  it('copies a section’s absolute link, puts its anchor in the address bar and says so beside it', async () => {
    const event = click('.sl-anchor-link span');
    expect(event.defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/en/process/prospecting/#size`);
    expect(location.hash).toBe('#size');
    expect(status()).toBe('Link copied');
    expect(document.querySelector('.sl-heading-wrapper')!.getAttribute('data-copied')).toBe('Link copied');
    await vi.advanceTimersByTimeAsync(3000);
    expect(document.querySelector('[data-copied]')).toBeNull();
  });

  it('copies an item’s link, and moves the note from one control to the next', async () => {
    click('.sl-anchor-link');
    await vi.advanceTimersByTimeAsync(60);
    click('.pb-copy-link');
    await vi.advanceTimersByTimeAsync(60);
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/en/process/prospecting/#events--event-8`);
    expect(location.hash).toBe('#events--event-8');
    expect([...document.querySelectorAll('[data-copied]')]).toEqual([
      document.querySelector('.pb-copy-link'),
    ]);
  });

  it('falls back to a selected field when the clipboard API refuses, and says so when that fails too', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('NotAllowedError')));
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the mock is configured, not called
    vi.mocked(document.execCommand).mockImplementation(() => {
      const field = document.activeElement as HTMLTextAreaElement;
      return field.classList.contains('pb-copy-buffer') && field.value.endsWith('#size') && field.readOnly;
    });
    click('.sl-anchor-link');
    await vi.advanceTimersByTimeAsync(60);
    expect(status()).toBe('Link copied');
    expect(document.querySelector('.pb-copy-buffer')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('.sl-anchor-link'));

    // eslint-disable-next-line @typescript-eslint/unbound-method -- the mock is configured, not called
    vi.mocked(document.execCommand).mockImplementation(() => false);
    click('.pb-copy-link');
    await vi.advanceTimersByTimeAsync(60);
    expect(status()).toBe('Copy it from the address bar');
    expect(location.hash).toBe('#events--event-8');
  });

  it('works without any clipboard API', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the mock is configured, not called
    vi.mocked(document.execCommand).mockImplementation(() => true);
    click('.pb-copy-link');
    await vi.advanceTimersByTimeAsync(60);
    expect(status()).toBe('Link copied');
  });

  it('leaves other links and modified clicks alone', async () => {
    expect(click('#plain').defaultPrevented).toBe(false);
    expect(click('.sl-anchor-link', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(click('.pb-copy-link', { button: 1 }).defaultPrevented).toBe(false);
    await vi.advanceTimersByTimeAsync(60);
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toBe('');
  });
});

describe('startSectionLinks (arrival)', () => {
  const page = `
    <div class="sl-heading-wrapper"><h2 id="size">Company size</h2><a class="sl-anchor-link" href="#size"></a></div>
    <div class="sl-heading-wrapper"><h2 id="tool">Tool</h2><a class="sl-anchor-link" href="#tool"></a></div>
    <section class="pb-tool" data-tool="events">
      <div class="pb-tool-fallback"><ol><li id="events--event-8">8. Promotion deadline</li></ol></div>
      <astro-island></astro-island>
    </section>`;
  const island = (withItem: boolean) =>
    `<div class="pb-tool-live" data-ready="">${withItem ? '<div class="pb-tool-body"><ol><li id="events--event-8">8</li></ol></div>' : '<p class="pb-notice">Choose or create a deal</p>'}</div>`;
  const scrolled: Element[] = [];
  const lit = () => [...document.querySelectorAll('.pb-arrived')];
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(() => {
    scrolled.length = 0;
    // No layout in jsdom: an element is shown unless it is in the server-rendered list under a mounted island.
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      const hidden =
        this.closest('.pb-tool-fallback') && this.closest('.pb-tool')?.querySelector('.pb-tool-live');
      return (hidden ? [] : [new DOMRect(0, 0, 10, 10)]) as unknown as DOMRectList;
    });
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    document.body.innerHTML = page;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.open();
    document.close();
  });

  const start = (hash: string) => {
    history.replaceState(null, '', `/process/compelling-events/${hash}`);
    startSectionLinks(document);
  };
  const mount = (withItem: boolean) =>
    document.querySelector('astro-island')!.insertAdjacentHTML('beforeend', island(withItem));

  it('highlights a section’s heading line and scrolls to the heading', () => {
    start('#size');
    expect(lit()).toEqual([document.querySelector('#size')!.parentElement]);
    expect(scrolled).toEqual([document.querySelector('#size')]);
  });

  it('does nothing for no hash or an unknown one', () => {
    start('#nowhere');
    expect(lit()).toEqual([]);
    expect(scrolled).toEqual([]);
  });

  it('an item: the server-rendered one first, then the island’s once it mounts, with focus', async () => {
    start('#events--event-8');
    const [fallback] = document.querySelectorAll('#events--event-8');
    expect(lit()).toEqual([fallback]);
    mount(true);
    await tick();
    const item = document.querySelector('.pb-tool-live #events--event-8') as HTMLElement;
    expect(lit()).toEqual([item]);
    expect(scrolled.at(-1)).toBe(item);
    expect(document.activeElement).toBe(item);
    expect(item.tabIndex).toBe(-1);
  });

  it('an item with no deal open: the tool, then the item once a deal makes it appear', async () => {
    start('#events--event-8');
    mount(false);
    await tick();
    const tool = document.querySelector('.pb-tool')!;
    expect(lit()).toEqual([tool]);
    expect(scrolled.at(-1)).toBe(tool);
    // Typing in the deal switcher changes the island without landing again.
    document.querySelector('.pb-notice')!.textContent = 'Still no deal';
    await tick();
    expect(scrolled.at(-1)).toBe(tool);

    document.querySelector('.pb-tool-live')!.innerHTML = island(true);
    await tick();
    const item = document.querySelector('.pb-tool-live #events--event-8');
    expect(lit()).toEqual([item]);
    expect(scrolled.at(-1)).toBe(item);
  });

  it('a hash change lands on the new anchor and stops waiting for the old one', async () => {
    start('#events--event-8');
    history.replaceState(null, '', '/process/compelling-events/#tool');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(lit()).toEqual([document.querySelector('#tool')!.parentElement]);
    mount(true);
    await tick();
    expect(lit()).toEqual([document.querySelector('#tool')!.parentElement]);
  });
});
