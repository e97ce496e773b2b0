// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import data from '../../../content/tools/qualification.json';
import { qualificationDefinition } from '../../../src/tools/qualification/definition';
import { QualificationScorecard } from '../../../src/tools/qualification/QualificationScorecard';
import { $currentDeal, createDeal, setAnswer } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = qualificationDefinition.parse(data);
const saved = () => $currentDeal.get()?.answers.qualification ?? {};
const status = () => document.querySelector('.pb-q-status[aria-live="polite"]')?.textContent ?? '';

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

function fillQualifyingDistributor() {
  fireEvent.input(screen.getByLabelText('Headcount'), { target: { value: '60' } });
  fireEvent.input(screen.getByLabelText("Last year's revenue"), { target: { value: '8000' } });
  fireEvent.input(screen.getByLabelText('Annual gross profit'), { target: { value: '300' } });
  fireEvent.click(screen.getByLabelText('Private: hired-in general manager'));
  fireEvent.click(screen.getByLabelText('Distribution / wholesale (pure trading)'));
  fireEvent.click(screen.getByLabelText('Frequent transactions'));
  fireEvent.click(screen.getByLabelText('Finance software'));
}

describe('QualificationScorecard', () => {
  it('saves an apparel manufacturer as the rep answers, and announces do not pursue with its reason', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    expect(status()).toContain('Incomplete: no verdict yet');
    fireEvent.click(screen.getByLabelText('Manufacture-and-sell'));
    fireEvent.click(screen.getByLabelText('Apparel'));

    expect(saved()).toEqual({ 'business-type': 'manufacture', traits: ['apparel'] });
    await screen.findByText('Do not pursue');
    expect(status()).toContain('Verdict: Do not pursue');
    const reason = document.querySelector('[data-reason="pharmaceutical-apparel-manufacturer"]');
    expect(reason?.textContent).toContain(
      'A pharmaceutical or apparel manufacture-and-sell company: firmly not pursued.',
    );
    expect(reason?.querySelector('a')?.getAttribute('href')).toBe('#business');
    // The other factors are still gaps, never passes.
    const gaps = [...document.querySelectorAll('[data-gap]')].map((li) => li.getAttribute('data-gap'));
    expect(gaps).toEqual([
      'headcount',
      'revenue',
      'gross-profit',
      'ownership',
      'software',
      'branches',
      'purchase-plan',
    ]);
  });

  it('reaches pursue only when all six factors are answered, and shows the IT budget', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fillQualifyingDistributor();
    fireEvent.click(screen.getByLabelText('Yes'));
    await screen.findByText(/1 still to answer/);
    expect(status()).toContain('Incomplete');
    fireEvent.click(screen.getByLabelText('Yes, they plan to buy'));
    await screen.findByText('Pursue');
    expect(status()).not.toContain('still to answer');
    expect(screen.getByText('All six factors are answered.')).toBeTruthy();
    expect(saved()).toMatchObject({ headcount: 60, revenue: 8000, 'gross-profit': 300, branches: 'yes' });
    const budget = document.querySelector('.pb-q-budget')?.textContent ?? '';
    expect(budget).toContain(
      'RMB 90,000 (9万) to RMB 150,000 (15万): 3–5% of the RMB 3 million (300万) gross profit',
    );
    expect(budget).toContain('hardware and network');
    expect(screen.getByText('= RMB 80,000,000')).toBeTruthy();
  });

  it('nurtures at 19 people and pursues at 20 for a distributor', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fillQualifyingDistributor();
    fireEvent.click(screen.getByLabelText('Yes'));
    fireEvent.click(screen.getByLabelText('Yes, they plan to buy'));
    fireEvent.input(screen.getByLabelText('Headcount'), { target: { value: '19' } });
    await screen.findByText('Nurture');
    expect(document.querySelector('[data-reason="headcount"]')?.textContent).toContain(
      'Headcount 19: below the line for Distribution / wholesale (pure trading) (20 people or more).',
    );
    fireEvent.input(screen.getByLabelText('Headcount'), { target: { value: '20' } });
    await screen.findByText('Pursue');
  });

  it('counts a compelling event picked in stage 2 as the timing', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fillQualifyingDistributor();
    fireEvent.click(screen.getByLabelText('Yes'));
    fireEvent.click(screen.getByLabelText('No plan'));
    await screen.findByText('Nurture');
    void act(() => {
      setAnswer('events', 'event-1', { picked: true, evidence: '', owner: '', date: '', talkingPoint: '' });
    });
    await screen.findByText('Pursue');
    expect(screen.getByText('1 compelling event(s) picked for this deal in stage 2.')).toBeTruthy();
  });

  it('asks for the SOE status only for a restructured SOE, and treats it as not shown until answered', async () => {
    render(<QualificationScorecard lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
    expect(screen.queryByRole('group', { name: '改制国企的现状' })).toBeNull();
    fireEvent.click(screen.getByLabelText('国企改制'));
    expect(await screen.findByRole('group', { name: '改制国企的现状' })).toBeTruthy();
    expect(status()).toContain('结论：不跟进');
    expect(document.querySelector('[data-reason="soe-not-shown-modern"]')).not.toBeNull();
    expect(document.querySelector('[data-gap="soe-status"]')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('刚刚完成改制'));
    await screen.findByText(/刚刚完成改制的国企：不要联络/);
    expect(saved()).toEqual({ ownership: 'soe-restructured', 'soe-status': 'just-restructured' });
  });

  it('"None of these" clears the other traits, and an answer can be cleared', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(screen.getByLabelText('Assembly manufacturing'));
    fireEvent.click(screen.getByLabelText('None of these'));
    expect(saved()['traits']).toEqual(['none']);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Assembly manufacturing').checked).toBe(false),
    );
    fireEvent.click(screen.getByLabelText('Processing'));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear the answer to “Kind of business”' }));
    expect(saved()['business-type']).toBeUndefined();
  });

  it('does not save a number that is not valid, and says so', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    const headcount = screen.getByLabelText('Headcount');
    fireEvent.input(headcount, { target: { value: '12.5' } });
    expect(await screen.findByText('Enter a whole number, 0 or more.')).toBeTruthy();
    expect(headcount.getAttribute('aria-invalid')).toBe('true');
    expect(saved()['headcount']).toBeUndefined();
    fireEvent.input(headcount, { target: { value: '12' } });
    expect(saved()['headcount']).toBe(12);
  });

  it('follows the deal switcher', async () => {
    render(<QualificationScorecard lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(screen.getByLabelText('Manufacture-and-sell'));
    fireEvent.click(screen.getByLabelText('Apparel'));
    await screen.findByText('Do not pursue');
    void act(() => {
      createDeal('Second deal', 'Jingchuang Electronics');
    });
    await screen.findByText('Incomplete: no verdict yet');
    expect(screen.getByLabelText<HTMLInputElement>('Apparel').checked).toBe(false);
  });

  it('every control has a label', () => {
    const { container } = render(
      <QualificationScorecard lang="zh" chrome={chromeStrings('zh')} definition={definition} />,
    );
    fireEvent.click(screen.getByLabelText('国企改制'));
    const controls = container.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(25);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const labelled =
        control.closest('label') ?? (id ? container.querySelector(`label[for="${id}"]`) : null);
      expect(labelled, control.outerHTML).not.toBeNull();
    }
  });
});
