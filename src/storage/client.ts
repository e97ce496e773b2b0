// Starts the page's deal workspace once, in the browser. Every island calls this
// before its first render; on the server (Astro renders on Node) it does nothing.
import { $storageMode, init } from './index';

export function startStorage(): void {
  if (typeof window === 'undefined' || $storageMode.get() !== 'loading') return;
  init();
}
