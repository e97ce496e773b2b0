// An island's start in separate tasks of the browser instead of one: first the island's own
// render (the server's markup, saying it is loading), then reading every stored deal, then an
// optional warm-up the island names (the board makes its rows' date formatter, whose first use
// loads the browser's locale data), then the first full render. With hundreds of deals stored,
// reading and rendering together were one task of 50–100 ms or more, during which the page could
// not answer a tap; each alone stays short. Each step follows the last as soon as the browser
// gives a turn (src/shared/yield-to-main.ts), not after a frame or a timer.
import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { yieldToMain } from '../shared/yield-to-main';
import { startStorage } from './client';
import { $storageMode } from './index';
import type { StorageMode } from './status';

/**
 * The storage mode as the island should show it: 'loading' until the deals are read and the
 * island's own steps are done (at once if another island read them), then the real mode.
 */
export function useStagedStart(warm?: () => void): StorageMode {
  const mode = useStore($storageMode);
  const [started, setStarted] = useState(() => $storageMode.get() !== 'loading');
  // The first render's warm-up: a new closure on each render must not restart the steps.
  const [warmUp] = useState(() => warm);
  // A layout effect runs in the same task as the first render: the first step is queued at once.
  useLayoutEffect(() => {
    if (started) return;
    let live = true;
    void (async () => {
      await yieldToMain();
      if (!live) return;
      startStorage();
      if (warmUp) {
        await yieldToMain();
        if (!live) return;
        warmUp();
      }
      await yieldToMain();
      if (live) setStarted(true);
    })();
    return () => {
      live = false;
    };
  }, [started, warmUp]);
  return started ? mode : 'loading';
}
