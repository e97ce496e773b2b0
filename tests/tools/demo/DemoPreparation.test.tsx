// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import data from '../../../content/tools/demo.json';
import { demoDefinition } from '../../../src/tools/demo/definition';
import { DemoPreparation } from '../../../src/tools/demo/DemoPreparation';
import { $currentDeal } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = demoDefinition.parse(data);
const saved = () => $currentDeal.get()?.answers.demo ?? {};
const attendeeIds = () => Object.keys(saved()).filter((id) => id.startsWith('attendee-'));

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

describe('DemoPreparation', () => {
  it('saves a ticked check with its note, and announces the progress', async () => {
    render(<DemoPreparation lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Demo hardware ready' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note Demo hardware ready' }), {
      target: { value: 'spare laptop in the car' },
    });
    expect(saved()['prepare-hardware']).toEqual({ done: true, note: 'spare laptop in the car' });
    const progress = await screen.findByText(/^1 of \d+ checks done$/);
    expect(progress.closest('[aria-live]')).not.toBeNull();
    expect(
      screen.getByText(/Not ready for the demo yet: preparation still open: Demo data ready/),
    ).toBeTruthy();
  });

  it('adds attendees under their own ids, removes one by id, and shows what each role cares about', async () => {
    render(<DemoPreparation lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add attendee' }));
    const first = await screen.findByRole('group', { name: 'Attendee 1' });
    expect(document.activeElement).toBe(within(first).getByLabelText('Name'));
    fireEvent.input(within(first).getByLabelText('Name'), { target: { value: 'Mr Wang' } });
    fireEvent.change(within(first).getByLabelText('Role'), { target: { value: 'general-manager' } });
    fireEvent.click(within(first).getByLabelText('Decision-maker'));
    expect(
      await within(first).findByText(/Demo emphasis: Management reports, bad-debt and stock risk/),
    ).toBeTruthy();
    expect(screen.getByText(/The decision-maker will attend/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Add attendee' }));
    const second = await screen.findByRole('group', { name: 'Attendee 2' });
    fireEvent.input(within(second).getByLabelText('Name'), { target: { value: 'Ms Li' } });
    fireEvent.change(within(second).getByLabelText('Role'), { target: { value: 'chief-accountant' } });

    const [wangId, liId] = attendeeIds();
    expect(saved()[wangId!]).toMatchObject({ name: 'Mr Wang', role: 'general-manager', decisionMaker: true });
    expect(saved()[liId!]).toMatchObject({ name: 'Ms Li', role: 'chief-accountant' });

    const wangBefore = saved()[wangId!];
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Mr Wang' }));
    expect(attendeeIds()).toEqual([liId]);
    await waitFor(() => expect(screen.getAllByRole('group', { name: /^Attendee \d$/ })).toHaveLength(1));
    const remaining = screen.getByRole('group', { name: 'Attendee 1' });
    expect(within(remaining).getByLabelText<HTMLInputElement>('Name').value).toBe('Ms Li');
    expect(screen.queryByText(/The decision-maker will attend/)).toBeNull();
    // As after deleting a deal on the board: a message with Undo, which takes focus.
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText('Removed “Mr Wang”.').closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(undo));

    fireEvent.click(undo);
    expect(saved()[wangId!]).toEqual(wangBefore);
    // Back in its place: first, as it was.
    await waitFor(() => expect(screen.getAllByRole('group', { name: /^Attendee \d$/ })).toHaveLength(2));
    const restored = screen.getByRole('group', { name: 'Attendee 1' });
    expect(within(restored).getByLabelText<HTMLInputElement>('Name').value).toBe('Mr Wang');
    await waitFor(() => expect(document.activeElement).toBe(within(restored).getByLabelText('Name')));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Ms Li' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(attendeeIds()).toEqual([wangId]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add attendee' }));
  });

  it('is ready only with the preparation done and the attendees known', async () => {
    render(<DemoPreparation lang="en" chrome={chromeStrings('en')} definition={definition} />);
    for (const label of [
      'Demo hardware ready',
      "Demo data ready, built on the customer's business",
      'Whole flow rehearsed',
      'Asked who will attend',
      'Demo emphasis planned for each attendee',
    ])
      fireEvent.click(screen.getByRole('checkbox', { name: label }));
    expect(await screen.findByText(/Not ready for the demo yet: no attendees recorded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add attendee' }));
    const person = await screen.findByRole('group', { name: 'Attendee 1' });
    fireEvent.input(within(person).getByLabelText('Name'), { target: { value: 'Mr Zhao' } });
    expect(await screen.findByText(/1 attendee\(s\) without a name or role/)).toBeTruthy();
    fireEvent.change(within(person).getByLabelText('Role'), { target: { value: 'cio' } });
    expect(
      await screen.findByText('Ready for the demo: preparation done and the attendees known.'),
    ).toBeTruthy();
  });

  it('adds up the two sums and refuses text that is not a number', async () => {
    render(<DemoPreparation lang="en" chrome={chromeStrings('en')} definition={definition} />);
    const savings = screen.getByLabelText('A) Money saved per year, in 万元 (RMB 10,000)');
    const earnings = screen.getByLabelText('B) Money made per year, in 万元 (RMB 10,000)');
    expect(screen.getAllByText('Neither sum has a figure yet.').length).toBeGreaterThan(0);
    fireEvent.input(savings, { target: { value: '7' } });
    fireEvent.input(earnings, { target: { value: '7.5' } });
    expect(saved()).toMatchObject({ 'value-savings': 7, 'value-earnings': 7.5 });
    const totals = await screen.findAllByText('Total about RMB 145,000 (14.5万) a year');
    expect(totals.some((t) => t.closest('[aria-live]'))).toBe(true);

    fireEvent.input(earnings, { target: { value: 'lots' } });
    expect(saved()['value-earnings']).toBe(7.5);
    expect(earnings.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('Enter a number, for example 7.5.')).toBeTruthy();
    fireEvent.input(earnings, { target: { value: '' } });
    expect('value-earnings' in saved()).toBe(false);
  });

  it('writes the Chinese total as every tool writes an amount in 万元, without a thousands separator', async () => {
    render(<DemoPreparation lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
    fireEvent.input(screen.getByLabelText('A）省钱：每年金额（万元）'), { target: { value: '7000' } });
    fireEvent.input(screen.getByLabelText('B）挣钱：每年金额（万元）'), { target: { value: '5000.5' } });
    expect((await screen.findAllByText('合计每年约 12000.5 万元')).length).toBeGreaterThan(0);
    expect(screen.queryByText(/12,000/)).toBeNull();
  });

  it('records the outcome and the date the close-readiness gate reads', async () => {
    render(<DemoPreparation lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.change(screen.getByLabelText('Demo outcome'), { target: { value: 'successful' } });
    expect(saved()['demo-outcome']).toBe('successful');
    expect(await screen.findByText('The demo outcome has no date yet.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Demo date'), { target: { value: '2026-05-20' } });
    expect(saved()['demo-date']).toBe('2026-05-20');
    expect(await screen.findByText('Demo outcome: Successful')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('The demo outcome has no date yet.')).toBeNull());
  });

  it('works in Chinese, each part linked to its section', async () => {
    render(<DemoPreparation lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
    expect(screen.getByRole('link', { name: '让客户认可产品的价值' }).getAttribute('href')).toBe('#value');
    fireEvent.click(screen.getByRole('checkbox', { name: '揭了客户的伤疤' }));
    expect(saved()['value-pain']).toEqual({ done: true });
    expect(await screen.findByText(/^已完成 1\/\d+ 项$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加出席人员' }));
    expect(await screen.findByRole('group', { name: '出席人员 1' })).toBeTruthy();
  });

  it('every control has a label', async () => {
    const { container } = render(
      <DemoPreparation lang="en" chrome={chromeStrings('en')} definition={definition} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add attendee' }));
    await screen.findByRole('group', { name: 'Attendee 1' });
    const controls = container.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(30);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const labelled =
        control.closest('label') ?? (id ? container.querySelector(`label[for="${id}"]`) : null);
      expect(labelled, control.outerHTML).not.toBeNull();
    }
  });
});
