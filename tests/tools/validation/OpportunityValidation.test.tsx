// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import eventsData from '../../../content/tools/events.json';
import data from '../../../content/tools/validation.json';
import { eventsDefinition } from '../../../src/tools/events/definition';
import { validationDefinition } from '../../../src/tools/validation/definition';
import { OpportunityValidation } from '../../../src/tools/validation/OpportunityValidation';
import { $currentDeal, createDeal, setAnswer, setCurrentDeal } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = validationDefinition.parse(data);
const events = eventsDefinition.parse(eventsData).items.map((i) => ({ id: i.id, label: i.label }));
const stored = () => $currentDeal.get()?.answers.validation ?? {};

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

function renderTool(lang: 'zh' | 'en' = 'en') {
  return render(
    <OpportunityValidation
      lang={lang}
      chrome={chromeStrings(lang)}
      definition={definition}
      events={events}
    />,
  );
}

describe('OpportunityValidation', () => {
  it('saves an answer with its status and source, and announces the counts', async () => {
    renderTool();
    const q1 = within(screen.getByRole('group', { name: '1. What does the customer require?' }));
    fireEvent.input(q1.getByRole('textbox', { name: /Answer/ }), { target: { value: '进销存 for 8 users' } });
    fireEvent.click(q1.getByLabelText('Confirmed'));
    fireEvent.input(q1.getByLabelText('Source (who said it)'), { target: { value: 'Mr Wang' } });
    expect(stored()['question-1']).toEqual({
      answer: '进销存 for 8 users',
      status: 'confirmed',
      source: 'Mr Wang',
    });

    const counts = await screen.findByText('Confirmed 1 · Assumed 0 · Not marked 0 · Unanswered 12 (of 13)');
    expect(counts.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByText(/Not ready for the demo yet/)).toBeTruthy();
  });

  it('shows an answer not marked as a gap to close, never as confirmed', async () => {
    renderTool();
    const q2 = within(screen.getByRole('group', { name: '2. Key problems and goals' }));
    fireEvent.input(q2.getByRole('textbox', { name: /Answer/ }), { target: { value: 'Late deliveries' } });
    expect(await screen.findByText(/Not marked 1/)).toBeTruthy();
    expect(screen.getByText(/Some answers are not marked/)).toBeTruthy();
    expect(q2.getByLabelText<HTMLInputElement>('Not marked').checked).toBe(true);
  });

  it('records the people under question 3', () => {
    renderTool();
    fireEvent.input(screen.getByLabelText('Decision-maker'), { target: { value: 'Mr Wang' } });
    fireEvent.input(screen.getByLabelText('Inside champion (内线)'), { target: { value: 'Chen' } });
    expect(stored()).toMatchObject({ 'people-decision-maker': 'Mr Wang', 'people-champion': 'Chen' });
  });

  it('says when the scorecard has no profit, and links to it', () => {
    renderTool();
    const note = screen.getByText(/qualification scorecard has no gross profit yet/);
    expect(note.closest('[aria-live="polite"]')).not.toBeNull();
    const link = within(note).getByRole('link', { name: 'Fill in the qualification scorecard' });
    expect(link.getAttribute('href')).toBe('/en/process/prospecting/#tool');
  });

  it('compares the budget with 3–5% of the profit entered in the scorecard', async () => {
    void act(() => {
      setAnswer('qualification', 'gross-profit', 480);
    });
    renderTool();
    expect(
      screen.getByText(
        /RMB 4.8 million \(480万\), IT investment comes to about RMB 144,000 \(14.4万\) to RMB 240,000 \(24万\) \(3–5% of profit/,
      ),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Project budget (万元)'), { target: { value: '10' } });
    expect(stored()['budget-amount']).toBe(10);
    expect(
      await screen.findByText("The customer's budget, RMB 100,000 (10万), is below this range: ask why."),
    ).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Project budget (万元)'), { target: { value: '20' } });
    expect(await screen.findByText(/RMB 200,000 \(20万\), is within this range/)).toBeTruthy();
  });

  it('requires a persuasion plan while the budget is below our price', async () => {
    renderTool();
    fireEvent.input(screen.getByLabelText('Project budget (万元)'), { target: { value: '8' } });
    fireEvent.input(screen.getByLabelText('Our expected price (万元)'), { target: { value: '11' } });
    const warning = await screen.findByText(/The budget is RMB 30,000 \(3万\) below our expected price/);
    expect(warning.textContent).toMatch(/The persuasion plan is still empty/);
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    const plan = screen.getByLabelText('Persuasion plan');
    expect(plan.getAttribute('aria-required')).toBe('true');

    fireEvent.input(plan, { target: { value: 'Phase one within budget' } });
    expect(await screen.findByText(/A persuasion plan is recorded/)).toBeTruthy();
    expect(stored()['persuasion-plan']).toBe('Phase one within budget');
  });

  it('refuses an amount that is not a number without losing the saved one', async () => {
    renderTool();
    const budget = screen.getByLabelText<HTMLInputElement>('Project budget (万元)');
    fireEvent.input(budget, { target: { value: '12.5' } });
    fireEvent.input(budget, { target: { value: '12.5x' } });
    expect(await screen.findByText(/Enter a number in 万元/)).toBeTruthy();
    expect(budget.getAttribute('aria-invalid')).toBe('true');
    expect(stored()['budget-amount']).toBe(12.5);
    fireEvent.input(budget, { target: { value: '' } });
    expect(stored()['budget-amount']).toBeUndefined();
  });

  it("works in Chinese and shows the deal's compelling events under question 4", async () => {
    void act(() => {
      setAnswer('events', 'event-6', { picked: true, evidence: '', owner: '', date: '', talkingPoint: '' });
    });
    renderTool('zh');
    const q4 = within(screen.getByRole('group', { name: '4. 项目如何配合经营策略的变化？' }));
    expect(q4.getByText(/这笔交易在第二阶段选出的强迫事件：没有完整的客户档案/)).toBeTruthy();
    expect(q4.getByRole('link', { name: '打开强迫事件选择器' }).getAttribute('href')).toBe(
      '/process/compelling-events/#tool',
    );
    fireEvent.input(screen.getByLabelText('我们的预期成交价格（万元）'), { target: { value: '11' } });
    fireEvent.input(screen.getByLabelText('项目预算（万元）'), { target: { value: '8' } });
    expect(await screen.findByText(/预算比我们的预期价格低 3 万元/)).toBeTruthy();
    expect(screen.getByText(/未回答 13（共 13 题）/)).toBeTruthy();
  });

  it('follows the deal switcher, amounts included', async () => {
    renderTool();
    const first = $currentDeal.get()!.id;
    fireEvent.input(screen.getByLabelText('Project budget (万元)'), { target: { value: '12.5' } });
    fireEvent.input(screen.getByLabelText('Decision-maker'), { target: { value: 'Mr Wang' } });
    void act(() => {
      createDeal('Second deal', 'Jingchuang Electronics');
    });
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Project budget (万元)').value).toBe(''),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Decision-maker').value).toBe('');
    void act(() => {
      setCurrentDeal(first);
    });
    expect(await screen.findByDisplayValue('12.5')).toBe(screen.getByLabelText('Project budget (万元)'));
    expect(screen.getByLabelText<HTMLInputElement>('Decision-maker').value).toBe('Mr Wang');
  });

  it('every control has a visible label', () => {
    const { container } = renderTool();
    for (const control of container.querySelectorAll('input, select, textarea')) {
      const id = control.getAttribute('id');
      const labelledBy = control.getAttribute('aria-labelledby');
      const labelled =
        control.closest('label') ??
        (id ? container.querySelector(`label[for="${id}"]`) : null) ??
        (labelledBy ? container.querySelector(`[id="${labelledBy.split(' ')[0]}"]`) : null);
      expect(labelled, control.outerHTML).not.toBeNull();
    }
  });
});
