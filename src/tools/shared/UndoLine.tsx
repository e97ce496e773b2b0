// A removed entry of a tool's list (an attendee, a competitor) with Undo, as a deleted deal on
// the board: the line stays until used or dismissed, and Undo brings the entry back into the
// deal it left. The line itself (./UndoRegion.tsx) is not needed to start the tool: it loads
// just after the list first shows, well before anything can be removed.
import { useEffect, useState } from 'preact/hooks';
import type { ChromeStrings } from '../../i18n/ui';
import { fill } from '../../shared/fill';
import { useToast } from '../../shared/use-toast';
import { $currentDeal } from '../../storage/index';
import type { Removed, UndoLineProps, UndoRegion } from './UndoRegion';

export function useUndo<T>(chrome: ChromeStrings) {
  const { toast, show, clear } = useToast<Omit<Removed<T>, 'seq'>>();
  return {
    removed: toast,
    /** Offers Undo for the entry named `name`; `value` is what Undo needs to put it back. */
    offer: (name: string, value: T) =>
      show({ kind: 'undo', text: fill(chrome.removed, { name }), value, dealId: $currentDeal.get()?.id }),
    /** The entry to put back, and the line gone; nothing when another deal is open now. */
    take: (): T | null => {
      clear();
      return toast && toast.dealId === $currentDeal.get()?.id ? toast.value : null;
    },
    clear,
  };
}

export function UndoLine<T>(props: UndoLineProps<T>) {
  const [region, setRegion] = useState<{ Line: typeof UndoRegion } | null>(null);
  useEffect(() => {
    let mounted = true;
    void import('./UndoRegion').then(({ UndoRegion: Line }) => mounted && setRegion({ Line }));
    return () => {
      mounted = false;
    };
  }, []);
  return region ? <region.Line {...props} /> : null;
}
