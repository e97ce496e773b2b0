// A part of the board that few visits use (the share panel, the import review) loads with
// import() the first time it is wanted, keeping the board within its page-weight budget.
import { useEffect, useState } from 'preact/hooks';

/** The module `load` gives, once `wanted` has been true; null until it has loaded. `load` must be stable. */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || loaded !== null) return;
    let live = true;
    void load().then((mod) => {
      if (live) setLoaded(mod);
    });
    return () => {
      live = false;
    };
  }, [load, wanted, loaded]);
  return loaded;
}
