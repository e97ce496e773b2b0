// @vitest-environment jsdom
// The real browser wiring: window.localStorage, `storage` events, jsdom's quota.
import { afterEach, describe, expect, it } from 'vitest';
import * as page from '../../src/storage';
import { createWorkspace } from '../../src/storage';
import { isQuotaError } from '../../src/storage/engine';
import { dealKey } from '../../src/storage/keys';

afterEach(() => {
  page.destroy();
  window.localStorage.clear();
});

describe('in a browser window', () => {
  it('the page instance reads localStorage only when init is called', () => {
    window.localStorage.setItem(
      dealKey('x1'),
      JSON.stringify({
        version: 1,
        deal: {
          id: 'x1',
          name: 'Saved',
          customer: '',
          createdAt: '2026-11-27T09:00:00.000Z',
          updatedAt: '2026-11-27T09:00:00.000Z',
          answers: {},
          notes: '',
          rev: 1,
        },
      }),
    );
    expect(page.$storageMode.get()).toBe('loading');
    expect(page.$deals.get()).toEqual({});
    expect(page.init()).toBe('persistent');
    expect(page.$currentDeal.get()?.name).toBe('Saved');
    expect(page.setNotes('typed').ok).toBe(true);
    expect(JSON.parse(window.localStorage.getItem(dealKey('x1')) ?? '')).toMatchObject({
      deal: { notes: 'typed', rev: 2 },
    });
  });

  it('follows another tab through a StorageEvent on window', () => {
    page.init();
    page.createDeal('Acme', '');
    const id = page.$currentDealId.get() ?? '';
    const other = createWorkspace();
    other.init({ events: null }); // the "other tab" shares this window's localStorage
    other.setCurrentDeal(id);
    other.setAnswer('demo', 'script', 'from the other tab');
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: dealKey(id),
        newValue: window.localStorage.getItem(dealKey(id)),
        storageArea: window.localStorage,
      }),
    );
    expect(page.$currentDeal.get()?.answers).toEqual({ demo: { script: 'from the other tab' } });
  });

  it('SecurityError on reading window.localStorage: memory mode', () => {
    const ws = createWorkspace();
    const mode = ws.init({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(mode).toBe('memory');
  });

  it("jsdom's real QuotaExceededError is recognised, and the stored deal is unchanged", () => {
    page.init();
    page.createDeal('Acme', '');
    const id = page.$currentDealId.get() ?? '';
    const stored = window.localStorage.getItem(dealKey(id));
    // Fill the origin's quota completely (jsdom enforces 5 MB, like browsers).
    let error: unknown = null;
    let n = 0;
    for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) window.localStorage.setItem(`f${n++}`, 'x'.repeat(size));
      } catch (e) {
        error = e;
      }
    }
    expect(isQuotaError(error)).toBe(true);
    const result = page.setNotes('a note that does not fit');
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(window.localStorage.getItem(dealKey(id))).toBe(stored);
    expect(page.$currentDeal.get()?.notes).toBe('a note that does not fit');
  });
});
