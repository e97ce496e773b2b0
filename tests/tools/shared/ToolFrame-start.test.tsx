// @vitest-environment jsdom
// A tool's start in separate tasks (src/storage/useStagedStart.ts): the island's first render
// reads nothing, the stored deals are read in the next turn, and the tool with its deal list is
// drawn in the turn after, so 500 stored deals never make one long task of reading and drawing.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import data from '../../../content/tools/close.json';
import { closeDefinition } from '../../../src/tools/close/definition';
import { $deals, $storageMode, destroy } from '../../../src/storage/index';
import { chromeStrings } from '../../../src/i18n/ui';
import { partialAnswers, sampleDeal } from '../../board/deals';

// Each turn the island gives the browser waits for the test to let it go.
const turns: (() => void)[] = [];
vi.mock('../../../src/shared/yield-to-main', () => ({
  yieldToMain: () => new Promise<void>((resolve) => turns.push(resolve)),
}));
const { CloseReadinessGate } = await import('../../../src/tools/close/CloseReadinessGate');

const definition = closeDefinition.parse(data);
const chrome = chromeStrings('en');

/** Ends the island's current turn and lets what follows it run. */
async function nextTurn(): Promise<void> {
  expect(turns).toHaveLength(1);
  await act(async () => {
    turns.shift()!();
    await Promise.resolve();
  });
}

afterEach(() => {
  cleanup();
  destroy();
  localStorage.clear();
});

it('reads the stored deals in a task of its own, then draws the tool and the deal list in a later one', async () => {
  destroy();
  const deal = sampleDeal('framestart1', 'Staged tool deal', partialAnswers());
  localStorage.setItem(`playbook:deal:${deal.id}`, JSON.stringify({ version: 1, deal }));
  const { container } = render(<CloseReadinessGate lang="en" chrome={chrome} definition={definition} />);
  const frame = () => container.querySelector('.pb-tool-live')!;
  const dealOptions = () => screen.queryAllByRole('option', { name: /Staged tool deal/ });

  // The first render reads nothing, says it is loading and is not marked ready.
  expect($storageMode.get()).toBe('loading');
  expect(screen.getByText(chrome.loading)).toBeTruthy();
  expect(frame().hasAttribute('data-ready')).toBe(false);

  // The next turn reads the deals; the tool still shows the loading line and no deal in its list.
  await nextTurn();
  expect($storageMode.get()).toBe('persistent');
  expect(Object.keys($deals.get())).toEqual([deal.id]);
  expect(screen.getByText(chrome.loading)).toBeTruthy();
  expect(dealOptions()).toHaveLength(0);
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0);

  // One turn later the tool, its deal list and the ready mark are there.
  await nextTurn();
  expect(screen.queryByText(chrome.loading)).toBeNull();
  expect(dealOptions()).toHaveLength(1);
  expect(screen.getAllByRole('checkbox').length).toBe(definition.items.length);
  expect(frame().hasAttribute('data-ready')).toBe(true);
  expect(turns).toHaveLength(0);
});
