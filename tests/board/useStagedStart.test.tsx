// @vitest-environment jsdom
// The board's start in separate tasks: nothing is read during the island's first render, the
// deals are read in one task and shown in a later one, so no single task carries all of it.
import { act, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { $deals, $storageMode, destroy } from '../../src/storage/index';
import { board, boardProps } from './props';
import { partialAnswers, sampleDeal } from './deals';

// Each turn the board gives the browser waits for the test to let it go.
const turns: (() => void)[] = [];
vi.mock('../../src/shared/yield-to-main', () => ({
  yieldToMain: () => new Promise<void>((resolve) => turns.push(resolve)),
}));
const { DealBoard } = await import('../../src/board/DealBoard');

/** Ends the board's current turn and lets what follows it run. */
async function nextTurn(): Promise<void> {
  expect(turns).toHaveLength(1);
  await act(async () => {
    turns.shift()!();
    await Promise.resolve();
  });
}

afterEach(() => destroy());

it('reads the stored deals in a task of its own, then renders them in a later one', async () => {
  const loading = board.text.loading.en;
  const deal = sampleDeal('staged1', 'Staged start deal', partialAnswers());
  localStorage.setItem(`playbook:deal:${deal.id}`, JSON.stringify({ version: 1, deal }));
  render(<DealBoard {...boardProps('en')} />);

  // The first render reads nothing and says it is loading.
  expect($storageMode.get()).toBe('loading');
  expect(screen.getByText(loading)).toBeTruthy();

  // The next turn reads the deals; the board still shows the loading line.
  await nextTurn();
  expect($storageMode.get()).toBe('persistent');
  expect(Object.keys($deals.get())).toEqual([deal.id]);
  expect(screen.getByText(loading)).toBeTruthy();

  // Two turns later (the rows' date formatter, then the render) the deal is on the board.
  await nextTurn();
  expect(screen.queryByRole('rowheader', { name: /Staged start deal/ })).toBeNull();
  await nextTurn();
  expect(screen.getByRole('rowheader', { name: /Staged start deal/ })).toBeTruthy();
  expect(screen.queryByText(loading)).toBeNull();
  expect(turns).toHaveLength(0);
});
