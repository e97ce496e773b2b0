/**
 * Precache progress for the footer's offline status (src/pwa/offline-status.ts). Workbox
 * saves the precache one file at a time while the worker installs; this counts the files
 * in the precache and tells every open page, several times a second, until the install is
 * over. Written at the top of the generated sw.js by ./service-worker.ts.
 */

/** What the service worker needs of its global scope here. */
interface WorkerScope {
  registration: { installing: unknown };
  clients: {
    matchAll(options: {
      type: 'window';
      includeUncontrolled: true;
    }): Promise<readonly { postMessage(message: unknown): void }[]>;
  };
  addEventListener(type: 'install', listener: () => void): void;
}

/**
 * Runs inside the service worker, which gets this function's source text: it may use
 * nothing from this module. `total` is the precache's file count, `cachePrefix` the start
 * of the precache's name, `type` the message type the pages listen for.
 */
export function reportPrecacheProgress(total: number, cachePrefix: string, type: string): void {
  const scope = self as unknown as WorkerScope;
  const EVERY_MS = 250;
  const saved = async (): Promise<number> => {
    const name = (await caches.keys()).find((key) => key.startsWith(cachePrefix));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  };
  const tell = async (): Promise<void> => {
    const message = { type, done: Math.min(await saved(), total), total };
    for (const client of await scope.clients.matchAll({ type: 'window', includeUncontrolled: true }))
      client.postMessage(message);
  };
  scope.addEventListener('install', () => {
    const tick = (): void => {
      tell().then(
        () => (scope.registration.installing ? setTimeout(tick, EVERY_MS) : undefined),
        () => undefined,
      );
    };
    tick();
  });
}

/** The statement sw.js starts with: the function above, called with this build's figures. */
export function precacheProgressScript(total: number, cachePrefix: string, type: string): string {
  return `(${reportPrecacheProgress.toString()})(${JSON.stringify(total)},${JSON.stringify(cachePrefix)},${JSON.stringify(type)});\n`;
}
