// Component tests run each tool against a fresh in-memory workspace.
import { act } from '@testing-library/preact';
import { createDeal, destroy, init } from '../../src/storage/index';
import { FakeStorage } from '../storage/fake-storage';

/** A fresh workspace on a fake storage, with one current deal. */
export function freshWorkspace(): FakeStorage {
  destroy();
  const fake = new FakeStorage();
  const tab = fake.tab();
  // act with a synchronous callback has flushed the render when it returns; its promise is for async ones.
  void act(() => {
    init({ storage: tab.storage, events: tab.events });
    createDeal('Test deal', 'Huajian Building Materials');
  });
  return fake;
}
