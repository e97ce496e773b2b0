// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onSearchIntent, searchShortcut } from '../../src/search/intent';

const key = (init: KeyboardEventInit, target?: HTMLElement) => {
  const event = new KeyboardEvent('keydown', init);
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('searchShortcut', () => {
  it('toggles the dialog with Ctrl+K and ⌘+K', () => {
    expect(searchShortcut(key({ key: 'k', ctrlKey: true }), false)).toBe('open');
    expect(searchShortcut(key({ key: 'K', metaKey: true }), false)).toBe('open');
    expect(searchShortcut(key({ key: 'k', ctrlKey: true }), true)).toBe('close');
  });

  it('opens with / outside a text field, and only opens', () => {
    expect(searchShortcut(key({ key: '/' }, document.body), false)).toBe('open');
    expect(searchShortcut(key({ key: '/' }, document.body), true)).toBeNull();
    expect(searchShortcut(key({ key: '/' }, document.createElement('input')), false)).toBeNull();
    expect(searchShortcut(key({ key: '/' }, document.createElement('textarea')), false)).toBeNull();
    expect(searchShortcut(key({ key: '/', ctrlKey: true }, document.body), false)).toBeNull();
  });

  it('ignores other keys', () => {
    expect(searchShortcut(key({ key: 'k' }, document.body), false)).toBeNull();
    expect(searchShortcut(key({ key: 'Enter' }, document.body), false)).toBeNull();
  });
});

describe('onSearchIntent', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const setUp = (load: () => Promise<void>) => {
    const button = document.createElement('button');
    document.body.append(button);
    onSearchIntent(button, load);
    return button;
  };

  it.each(['pointerenter', 'pointerdown', 'focus'])('loads once on %s, not again on later intent', (type) => {
    const load = vi.fn(() => Promise.resolve());
    const button = setUp(load);
    expect(load).not.toHaveBeenCalled();
    button.dispatchEvent(new Event(type));
    button.dispatchEvent(new Event('pointerenter'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads on a search shortcut, not on other keys', () => {
    const load = vi.fn(() => Promise.resolve());
    setUp(load);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(load).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again at the next intent when loading failed (offline, say)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const button = setUp(load);
    button.dispatchEvent(new Event('pointerenter'));
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    button.dispatchEvent(new Event('pointerenter'));
    expect(load).toHaveBeenCalledTimes(2);
    button.dispatchEvent(new Event('pointerenter'));
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
