// Work the first screen does not need runs when the browser is idle, after the page has
// painted, so it never lengthens the task that shows the page. Where the browser has no
// requestIdleCallback (Safari), a timer stands in.

/** Runs `work` once the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}
