// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DealBoard } from '../../src/board/DealBoard';
import type { Deal } from '../../src/deals/schema';
import {
  $currentDealId,
  $deals,
  $lastExportAt,
  createDeal,
  destroy,
  init,
  setAnswer,
} from '../../src/storage/index';
import { EXPORT_FORMAT, exportDeals } from '../../src/storage/export-import';
import { FakeStorage } from '../storage/fake-storage';
import { boardProps, PURSUE } from './props';

let fake: FakeStorage;

/** A fresh, empty workspace on a fake storage. */
function emptyWorkspace(): FakeStorage {
  destroy();
  const storage = new FakeStorage();
  const tab = storage.tab();
  void act(() => {
    init({ storage: tab.storage, events: tab.events });
  });
  return storage;
}

function addDeal(name: string, customer: string): string {
  let id = '';
  void act(() => {
    const result = createDeal(name, customer);
    id = result.dealId ?? '';
  });
  return id;
}

function dealNamed(name: string): Deal | undefined {
  return Object.values($deals.get()).find((deal) => deal.name === name);
}

function stored(id: string): Deal | null {
  const raw = fake.data.get(`playbook:deal:${id}`);
  return raw === undefined ? null : (JSON.parse(raw) as { deal: Deal }).deal;
}

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

function chooseFile(text: string, name = 'deals.json') {
  // Labelled "Choose a deal export file" / "选择交易导出文件"; opened by the "Import from file…" button.
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

beforeEach(() => {
  fake = emptyWorkspace();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('DealBoard', () => {
  it('tells a new rep what to do, and creates a first deal that becomes current with links to every stage', async () => {
    render(<DealBoard {...boardProps('en')} />);
    expect(screen.getByRole('heading', { name: 'No deals yet' })).toBeTruthy();
    expect(screen.getByText(/A deal is one customer opportunity/)).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Deal name'), { target: { value: 'ERP rollout' } });
    fireEvent.input(screen.getByLabelText('Customer'), { target: { value: 'Huajian Building Materials' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    const heading = await screen.findByRole('heading', {
      name: 'Current deal: ERP rollout · Huajian Building Materials',
    });
    const id = dealNamed('ERP rollout')?.id ?? '';
    expect($currentDealId.get()).toBe(id);
    expect(stored(id)?.customer).toBe('Huajian Building Materials');
    const links = within(heading.closest('section')!).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/en/process/prospecting/#tool',
      '/en/process/compelling-events/#tool',
      '/en/process/validation/#tool',
      '/en/process/demo/#tool',
      '/en/process/negotiation/#tool',
      '/en/process/close-readiness/#tool',
      '/en/process/implementation/#tool',
    ]);
    const current = row('ERP rollout');
    expect(current.getAttribute('aria-current')).toBe('true');
    expect(within(current).getByText('Current deal')).toBeTruthy();
    expect(screen.getByText('Created “ERP rollout” and opened it.').closest('[aria-live]')).not.toBeNull();
  });

  it('shows each deal’s stage, verdict, events, close readiness and last change', () => {
    addDeal('Tiles ERP', 'Huajian');
    void act(() => {
      for (const [item, value] of Object.entries(PURSUE)) setAnswer('qualification', item, value);
      setAnswer('events', 'event-1', { picked: true, evidence: 'x', owner: '', date: '', talkingPoint: '' });
      setAnswer('close', 'condition-1', { holds: true, evidence: 'Signed minutes' });
    });
    addDeal('Empty one', '');
    render(<DealBoard {...boardProps('en')} />);

    const tiles = within(row('Tiles ERP'));
    // Stages 1 and 2 meet their gates; stage 3 has no answer, so stage 2 is the stage reached.
    expect(tiles.getByText('Stage 2 · Find the compelling event')).toBeTruthy();
    expect(tiles.getByText('Pursue')).toBeTruthy();
    expect(tiles.getByText('1 picked')).toBeTruthy();
    expect(tiles.getByText('1/6 hold')).toBeTruthy();
    // Condition 1 is ticked, but no successful demo is recorded.
    expect(tiles.getByText('1 conflict(s) with earlier answers')).toBeTruthy();
    expect(tiles.getByText('now').tagName).toBe('TIME');

    const empty = within(row('Empty one'));
    expect(empty.getByText('Not started')).toBeTruthy();
    expect(empty.getByText('Incomplete')).toBeTruthy();
    expect(empty.getByText('0 picked')).toBeTruthy();
    expect(empty.getByText('0/6 hold')).toBeTruthy();
    expect(empty.getByText('(no customer)')).toBeTruthy();
  });

  it('opens a deal: it becomes current', async () => {
    const first = addDeal('First', 'A');
    addDeal('Second', 'B');
    render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open First' }));
    expect($currentDealId.get()).toBe(first);
    expect(await screen.findByRole('heading', { name: 'Current deal: First · A' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open First' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open Second' })).toBeTruthy();
  });

  it('renames a deal and its customer', async () => {
    const id = addDeal('Old name', 'Old customer');
    render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Old name' }));
    const form = within(screen.getByRole('form', { name: /Rename the deal and its customer/ }));
    fireEvent.input(form.getByLabelText('Deal name'), { target: { value: 'New name' } });
    fireEvent.input(form.getByLabelText('Customer'), { target: { value: 'New customer' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('rowheader', { name: /New name/ })).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Rename/ })).toBeNull();
    expect(stored(id)).toMatchObject({ name: 'New name', customer: 'New customer' });
  });

  it('cancels a rename with Escape, changing nothing', async () => {
    const id = addDeal('Keep me', 'C');
    render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Keep me' }));
    const form = screen.getByRole('form', { name: /Rename/ });
    fireEvent.input(within(form).getByLabelText('Deal name'), { target: { value: 'Changed' } });
    fireEvent.keyDown(form, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: /Rename/ })).toBeNull());
    expect(stored(id)?.name).toBe('Keep me');
  });

  it('duplicates a deal with all its answers, under a copy name', async () => {
    const id = addDeal('Original', 'Jingchuang');
    void act(() => {
      setAnswer('implementation', 'step-1', { done: true, date: '2026-11-20' });
    });
    render(<DealBoard {...boardProps('zh')} />);
    fireEvent.click(screen.getByRole('button', { name: '复制 Original' }));

    expect(await screen.findByRole('rowheader', { name: /Original（副本）/ })).toBeTruthy();
    const copy = dealNamed('Original（副本）');
    expect(copy?.id).not.toBe(id);
    expect(copy?.customer).toBe('Jingchuang');
    expect(copy?.answers).toEqual(stored(id)?.answers);
    expect(stored(copy?.id ?? '')?.answers.implementation?.['step-1']).toEqual({
      done: true,
      date: '2026-11-20',
    });
  });

  it('deletes a deal, offers undo in a live toast that stays, and undo brings it back whole', () => {
    const id = addDeal('Doomed', 'Z');
    void act(() => {
      setAnswer('events', 'event-2', { picked: true, evidence: 'e', owner: 'o', date: '', talkingPoint: '' });
    });
    addDeal('Other', 'Y');
    const before = stored(id);
    // A fake clock from before the delete, so any timer the toast starts is one the test can run.
    vi.useFakeTimers();
    try {
      render(<DealBoard {...boardProps('en')} />);
      void act(() => {
        fireEvent.click(screen.getByRole('button', { name: 'Delete Doomed' }));
      });
      const message = screen.getByText('Deleted “Doomed”.');
      expect(message.closest('[aria-live="polite"]')).not.toBeNull();
      expect(screen.queryByRole('rowheader', { name: /Doomed/ })).toBeNull();
      expect(stored(id)).toBeNull();

      // No timer takes the undo away: it is still there ten minutes later.
      void act(() => {
        vi.advanceTimersByTime(10 * 60_000);
      });
      expect(screen.getByText('Deleted “Doomed”.')).toBeTruthy();
      void act(() => {
        fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      });
    } finally {
      vi.useRealTimers();
    }

    expect(screen.getByRole('rowheader', { name: /Doomed/ })).toBeTruthy();
    expect(stored(id)).toEqual(before);
    expect(screen.getByText('Restored “Doomed”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('a second delete replaces the toast; dismissing it removes it', async () => {
    addDeal('One', '');
    addDeal('Two', '');
    render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete One' }));
    await screen.findByText('Deleted “One”.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Two' }));
    await screen.findByText('Deleted “Two”.');
    expect(screen.queryByText('Deleted “One”.')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText('Deleted “Two”.')).toBeNull());
  });

  it('refuses a bad import file with the module’s message in the page language, changing nothing', async () => {
    addDeal('Mine', 'M');
    const before = fake.snapshot();
    render(<DealBoard {...boardProps('zh')} />);
    chooseFile('{ not json', 'bad.json');
    expect(
      await screen.findByText('无法导入“bad.json”：文件不是 JSON 格式，不是商机导出文件。 没有做任何改动。'),
    ).toBeTruthy();
    expect(fake.snapshot()).toEqual(before);

    const newer = JSON.stringify({ format: EXPORT_FORMAT, version: 99, exportedAt: '', deals: [] });
    cleanup();
    render(<DealBoard {...boardProps('en')} />);
    chooseFile(newer, 'newer.json');
    expect(
      await screen.findByText(/Could not import “newer.json”: The file was made by a newer version/),
    ).toBeTruthy();
    expect(fake.snapshot()).toEqual(before);
  });

  it('shows what an import adds or replaces and asks before replacing a deal', async () => {
    const id = addDeal('Shared deal', 'Ours');
    const ours = stored(id)!;
    const theirs: Deal = { ...ours, customer: 'Theirs', updatedAt: '2026-12-01T10:00:00.000Z' };
    const extra: Deal = { ...ours, id: 'fromfile01', name: 'From the file', customer: 'New' };
    const file = exportDeals([theirs, extra], new Date());
    render(<DealBoard {...boardProps('en')} />);

    chooseFile(file, 'backup.json');
    const review = within(
      (await screen.findByRole('heading', { name: 'Import “backup.json”' })).closest('section')!,
    );
    expect(review.getByText('From the file · New')).toBeTruthy();
    expect(review.getByText(/Will be added/)).toBeTruthy();
    const group = within(review.getByRole('group', { name: 'Shared deal · Theirs' }));
    expect(group.getByLabelText<HTMLInputElement>('Keep the one here').checked).toBe(true);
    expect(group.getByLabelText<HTMLInputElement>('Replace it with the file’s version').checked).toBe(false);
    // Nothing written while the rep decides.
    expect(stored(id)?.customer).toBe('Ours');
    expect(stored('fromfile01')).toBeNull();

    fireEvent.click(group.getByLabelText('Replace it with the file’s version'));
    expect(
      await review.findByText('1 deal(s) here will be replaced; what they hold now cannot be recovered.'),
    ).toBeTruthy();
    fireEvent.click(review.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Import done: 1 added, 1 replaced, 0 kept as they were.')).toBeTruthy();
    expect(stored(id)?.customer).toBe('Theirs');
    expect(stored('fromfile01')?.name).toBe('From the file');
  });

  it('keeps an existing deal when the rep does not choose replace', async () => {
    const id = addDeal('Shared deal', 'Ours');
    const theirs: Deal = { ...stored(id)!, customer: 'Theirs' };
    render(<DealBoard {...boardProps('en')} />);
    chooseFile(exportDeals([theirs], new Date()), 'backup.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Import done: 0 added, 0 replaced, 1 kept as they were.')).toBeTruthy();
    expect(stored(id)?.customer).toBe('Ours');
  });

  it('exports every deal as a file with the format marker, and records the export', async () => {
    addDeal('A', '');
    addDeal('B', '');
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:export';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<DealBoard {...boardProps('en')} />);
    expect(screen.getByText(/You have not exported your deals yet/)).toBeTruthy();

    const backup = within(
      screen.getByRole('heading', { name: 'Backup: export and import' }).closest('section')!,
    );
    fireEvent.click(backup.getByRole('button', { name: 'Export all deals' }));

    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^sales-playbook-deals-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; deals: Deal[] };
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.deals.map((d) => d.name).sort()).toEqual(['A', 'B']);
    expect($lastExportAt.get()).not.toBeNull();
    await waitFor(() => expect(screen.queryByText(/You have not exported your deals yet/)).toBeNull());
  });

  it('exporting one deal of several does not silence the export reminder', async () => {
    addDeal('A', '');
    addDeal('B', '');
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export A' }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^sales-playbook-deal-A-\d{4}-\d{2}-\d{2}\.json$/);
    expect($lastExportAt.get()).toBeNull();
  });

  it('storage full: the new deal stays on screen, the rep is told it was not saved, and can retry', async () => {
    addDeal('Saved before', '');
    fake.quota = fake.used();
    render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'New deal' }));
    fireEvent.input(screen.getByLabelText('Deal name'), { target: { value: 'Too big' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByRole('rowheader', { name: /Too big/ })).toBeTruthy();
    const message = screen.getByText(/Not saved: the browser’s storage is full/);
    expect(message.closest('[aria-live]')).not.toBeNull();
    expect(dealNamed('Too big')).toBeDefined();
    expect(Object.keys(fake.snapshot()).filter((k) => k.startsWith('playbook:deal:'))).toHaveLength(1);

    fake.quota = Number.POSITIVE_INFINITY;
    fireEvent.click(screen.getByRole('button', { name: 'Save again' }));
    expect(stored(dealNamed('Too big')?.id ?? '')?.name).toBe('Too big');
  });

  it('with storage blocked, says that nothing will be kept and still works in memory', async () => {
    destroy();
    void act(() => {
      init({
        storage: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
        events: null,
      });
    });
    render(<DealBoard {...boardProps('en')} />);
    expect(screen.getByText(/does not let this site store data/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Deal name'), { target: { value: 'In memory' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('rowheader', { name: /In memory/ })).toBeTruthy();
    expect(screen.getByText(/Export your deals before you close or reload this page/)).toBeTruthy();
  });

  it('every control has a label', () => {
    addDeal('Labelled', 'L');
    const { container } = render(<DealBoard {...boardProps('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Labelled' }));
    fireEvent.click(screen.getByRole('button', { name: 'New deal' }));
    for (const control of container.querySelectorAll('input, select, textarea')) {
      const id = control.getAttribute('id');
      const labelled =
        control.closest('label') ??
        (id ? container.querySelector(`label[for="${id}"]`) : null) ??
        control.getAttribute('aria-label');
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });
});
