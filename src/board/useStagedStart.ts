// The board's start, in three tasks of the browser instead of one: reading every stored deal,
// then making the date formatter the rows use (its first use loads the browser's locale data),
// then the first full render. With hundreds of deals the three together were one task of
// 100 ms or more, during which the page could not answer a tap; each alone stays short.
// Each step follows the last as soon as the browser gives a turn (src/shared/yield-to-main.ts),
// not after a frame or a timer, so the board is ready no later than before.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Lang } from '../i18n/lang';
import { yieldToMain } from '../shared/yield-to-main';
import { startStorage } from '../storage/client';
import { $storageMode } from '../storage/index';
import { relativeTime } from './format';

/** True once the deals are read and the board may render them; true at once if another island read them. */
export function useStagedStart(lang: Lang): boolean {
  const [started, setStarted] = useState(() => $storageMode.get() !== 'loading');
  // A layout effect runs in the same task as the first render: the first step is queued at once.
  useLayoutEffect(() => {
    if (started) return;
    let live = true;
    void (async () => {
      await yieldToMain();
      if (!live) return;
      startStorage();
      await yieldToMain();
      if (!live) return;
      const now = new Date();
      relativeTime(now.toISOString(), now, lang);
      await yieldToMain();
      if (live) setStarted(true);
    })();
    return () => {
      live = false;
    };
  }, [started, lang]);
  return started;
}
