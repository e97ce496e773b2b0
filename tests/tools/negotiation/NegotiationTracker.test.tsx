// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import data from '../../../content/tools/negotiation.json';
import { negotiationDefinition } from '../../../src/tools/negotiation/definition';
import { NegotiationTracker } from '../../../src/tools/negotiation/NegotiationTracker';
import { $currentDeal } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = negotiationDefinition.parse(data);
const saved = () => $currentDeal.get()?.answers.negotiation ?? {};
const step = (name: string) => screen.getByRole('checkbox', { name });

function addCompetitor(name: string) {
  fireEvent.input(screen.getByLabelText("Competitor's name"), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Add competitor' }));
}

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

describe('NegotiationTracker', () => {
  it('saves a ticked step with its note, and announces the progress and the next step', async () => {
    render(<NegotiationTracker lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(step('Quote from the standard price list'));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note Quote from the standard price list' }), {
      target: { value: 'three items, no bundle' },
    });
    expect(saved()['step-1']).toEqual({ done: true, note: 'three items, no bundle' });
    const summary = await screen.findByText('1 of 11 steps done');
    expect(summary.closest('[aria-live]')).not.toBeNull();
    expect(summary.parentElement?.textContent).toContain('Next: Learn which competitors are in this deal');
  });

  it('adds competitors, refuses a repeat, and removes one by name', async () => {
    render(<NegotiationTracker lang="en" chrome={chromeStrings('en')} definition={definition} />);
    expect(screen.getByText('No competitor is listed as still in the running.')).toBeTruthy();
    addCompetitor('Kingdee');
    addCompetitor('UFIDA');
    addCompetitor('Grasp');
    expect(saved()['competitors']).toEqual(['Kingdee', 'UFIDA', 'Grasp']);
    addCompetitor(' kingdee ');
    expect(await screen.findByText('kingdee is already on the list.')).toBeTruthy();
    expect(saved()['competitors']).toEqual(['Kingdee', 'UFIDA', 'Grasp']);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove UFIDA' }));
    expect(saved()['competitors']).toEqual(['Kingdee', 'Grasp']);
    expect(await screen.findByText('Competitors still in the running: Kingdee, Grasp')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Competitor's name"));
  });

  it('warns when the contract is signed with competitors listed and no payment terms', async () => {
    render(<NegotiationTracker lang="en" chrome={chromeStrings('en')} definition={definition} />);
    addCompetitor('Kingdee');
    fireEvent.click(step('Your manager approves the sales contract; sign it with the customer'));
    const warning = await screen.findByText(/competitors are still listed: Kingdee/);
    expect(within(warning).getByRole('link').getAttribute('href')).toBe(
      '/en/process/close-readiness/#condition-2',
    );
    expect(screen.getByText(/these are still empty: Payment method, Payment terms\./)).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Payment method'), { target: { value: 'Bank transfer' } });
    fireEvent.input(screen.getByLabelText('Payment terms'), {
      target: { value: '50% on signing, 40% at go-live, 10% on acceptance' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Kingdee' }));
    expect(saved()).toMatchObject({ competitors: [], 'payment-method': 'Bank transfer' });
    await waitFor(() => expect(screen.queryByText(/still empty|still listed/)).toBeNull());
  });

  it('warns when the expected close date has passed before signing', async () => {
    render(<NegotiationTracker lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.change(screen.getByLabelText('Expected closing date'), { target: { value: '2001-03-01' } });
    expect(saved()['close-date']).toBe('2001-03-01');
    expect(await screen.findByText(/The expected closing date 2001-03-01 has passed/)).toBeTruthy();
  });

  it('saves the approval flow and the trial agreement as a record', () => {
    render(<NegotiationTracker lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.input(screen.getByLabelText('Approval flow'), {
      target: { value: 'Chief accountant, then GM' },
    });
    const trial = screen.getByRole('group', { name: 'Software trial agreement' });
    fireEvent.click(within(trial).getByLabelText('Trial agreement signed'));
    fireEvent.change(within(trial).getByLabelText('Date signed'), { target: { value: '2026-07-01' } });
    fireEvent.input(within(trial).getByLabelText('Scope, dates and follow-up'), {
      target: { value: 'two modules, 3 months' },
    });
    expect(saved()).toMatchObject({
      'approval-flow': 'Chief accountant, then GM',
      'trial-agreement': { signed: true, date: '2026-07-01', note: 'two modules, 3 months' },
    });
  });

  it('works in Chinese', async () => {
    render(<NegotiationTracker lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
    fireEvent.click(step('按标准价格体系报价'));
    expect(await screen.findByText('已完成 1/11 步')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('竞争对手名称'), { target: { value: '金蝶' } });
    fireEvent.click(screen.getByRole('button', { name: '添加竞争对手' }));
    expect(await screen.findByRole('button', { name: '删除 金蝶' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: '详见正文' }).map((a) => a.getAttribute('href'))).toEqual(
      Array.from({ length: 11 }, (_, i) => `#step-${i + 1}`),
    );
  });

  it('every control has a label', () => {
    const { container } = render(
      <NegotiationTracker lang="en" chrome={chromeStrings('en')} definition={definition} />,
    );
    const controls = container.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const labelled =
        control.closest('label') ?? (id ? container.querySelector(`label[for="${id}"]`) : null);
      expect(labelled, control.outerHTML).not.toBeNull();
    }
  });
});
