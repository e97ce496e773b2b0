import { createWorkspace, type InitOptions, type Workspace } from '../../src/storage';
import { FakeStorage, sequentialIds, steppingClock } from './fake-storage';

/** A workspace ("a browser tab") initialised on the shared fake storage. */
export function openTab(
  fake: FakeStorage,
  options: Omit<InitOptions, 'storage' | 'events'> & { idPrefix?: string } = {},
): Workspace {
  const { idPrefix = 'deal', ...init } = options;
  const ws = createWorkspace({ now: steppingClock(), newId: sequentialIds(idPrefix) });
  const tab = fake.tab();
  ws.init({ ...init, storage: tab.storage, events: tab.events });
  return ws;
}

export const ids = (ws: Workspace): string[] => Object.keys(ws.$deals.get()).sort();

export { FakeStorage };
