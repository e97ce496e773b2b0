// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import data from '../../../content/tools/implementation.json';
import { implementationDefinition } from '../../../src/tools/implementation/definition';
import { ImplementationChecklist } from '../../../src/tools/implementation/ImplementationChecklist';
import { $currentDeal } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = implementationDefinition.parse(data);

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

describe('ImplementationChecklist', () => {
  it('saves a ticked step and its date into the current deal, and announces progress', async () => {
    render(<ImplementationChecklist lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(screen.getByLabelText('Payment collected and software installed'));
    const dates = screen.getAllByLabelText('Date');
    fireEvent.change(dates[0]!, { target: { value: '2026-11-20' } });

    expect($currentDeal.get()?.answers.implementation?.['step-1']).toEqual({
      done: true,
      date: '2026-11-20',
    });
    expect((await screen.findByText(/1 of 4 steps done/)).closest('[aria-live]')).not.toBeNull();
    expect(screen.getByText(/Next: Business running in the system/)).toBeTruthy();
  });

  it('shows the saved answers of the current deal in Chinese', async () => {
    render(<ImplementationChecklist lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
    fireEvent.click(screen.getByLabelText('收回尾款，结束合同执行'));
    expect(screen.getByLabelText<HTMLInputElement>('收回尾款，结束合同执行').checked).toBe(true);
    expect(await screen.findByText(/已完成 1\/4 步/)).toBeTruthy();
    expect(screen.getByText('有已完成的步骤还没有填写日期。')).toBeTruthy();
  });

  it('every control has a label', () => {
    const { container } = render(
      <ImplementationChecklist lang="en" chrome={chromeStrings('en')} definition={definition} />,
    );
    for (const control of container.querySelectorAll('input, select, textarea')) {
      const id = control.getAttribute('id');
      const labelled =
        control.closest('label') ?? (id ? container.querySelector(`label[for="${id}"]`) : null);
      expect(labelled, control.outerHTML).not.toBeNull();
    }
  });

  it('lets a small customer’s step 3 be marked not applicable, and then the deal is complete', async () => {
    render(<ImplementationChecklist lang="en" chrome={chromeStrings('en')} definition={definition} />);
    for (const label of [
      'Payment collected and software installed',
      'Business running in the system',
      'Final payment collected, contract closed out',
    ])
      fireEvent.click(screen.getByLabelText(label));
    expect(screen.getAllByLabelText('Not applicable')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Not applicable'));

    expect($currentDeal.get()?.answers.implementation?.['step-3']).toEqual({ notApplicable: true });
    const live = (await screen.findByText(/3 of 4 steps done/)).closest('[aria-live]');
    expect(live?.textContent).toContain('3 of 4 steps done (1 not applicable)');
    expect(
      screen.getByLabelText<HTMLInputElement>('Run as a project (project-type customers)').disabled,
    ).toBe(true);
    expect(live?.textContent).toContain('Every step that applies is done');
  });
});
