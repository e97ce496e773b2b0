// @vitest-environment jsdom
// The board's start in separate tasks: nothing is read during the island's first render, the
// deals are read in one task and shown in a later one, so no single task carries all of it.
import { act, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { DealBoard } from '../../src/board/DealBoard';
import { $deals, $storageMode, destroy } from '../../src/storage/index';
import { board, boardProps } from './props';
import { partialAnswers, sampleDeal } from './deals';

afterEach(() => {
  destroy();
  vi.useRealTimers();
});

it('reads the stored deals in a task of its own, then renders them in a later one', async () => {
  vi.useFakeTimers();
  const deal = sampleDeal('staged1', 'Staged start deal', partialAnswers());
  localStorage.setItem(`playbook:deal:${deal.id}`, JSON.stringify({ version: 1, deal }));
  render(<DealBoard {...boardProps('en')} />);

  // The first render reads nothing and says it is loading.
  expect($storageMode.get()).toBe('loading');
  expect(screen.getByText(board.text.loading.en)).toBeTruthy();

  // The next task reads the deals; the board still shows the loading line.
  await act(() => vi.advanceTimersToNextTimer());
  expect($storageMode.get()).toBe('persistent');
  expect(Object.keys($deals.get())).toEqual([deal.id]);
  expect(screen.getByText(board.text.loading.en)).toBeTruthy();

  // Two tasks later (the rows' date formatter, then the render) the deal is on the board.
  await act(() => vi.advanceTimersToNextTimer());
  expect(screen.queryByRole('rowheader', { name: /Staged start deal/ })).toBeNull();
  await act(() => vi.advanceTimersToNextTimer());
  expect(screen.getByRole('rowheader', { name: /Staged start deal/ })).toBeTruthy();
  expect(screen.queryByText(board.text.loading.en)).toBeNull();
});
