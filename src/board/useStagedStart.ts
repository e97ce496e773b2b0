// The board's start, in three tasks of the browser instead of one: reading every stored deal,
// then making the date formatter the rows use (its first use loads the browser's locale data),
// then the first full render. With hundreds of deals the three together were one task of
// 100 ms or more, during which the page could not answer a tap; each alone stays short.
import { useEffect, useState } from 'preact/hooks';
import { startStorage } from '../storage/client';
import { $storageMode } from '../storage/index';
import type { Lang } from '../i18n/lang';
import { relativeTime } from './format';

/** True once the deals are read and the board may render them; true at once if another island read them. */
export function useStagedStart(lang: Lang): boolean {
  const [started, setStarted] = useState(() => $storageMode.get() !== 'loading');
  useEffect(() => {
    if (started) return;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const next = (step: () => void) => timers.push(setTimeout(step, 0));
    next(() => {
      startStorage();
      next(() => {
        const now = new Date();
        relativeTime(now.toISOString(), now, lang);
        next(() => setStarted(true));
      });
    });
    return () => timers.forEach(clearTimeout);
  }, [started, lang]);
  return started;
}
