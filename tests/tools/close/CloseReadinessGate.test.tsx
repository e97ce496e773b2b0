// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import data from '../../../content/tools/close.json';
import { closeDefinition } from '../../../src/tools/close/definition';
import { CloseReadinessGate } from '../../../src/tools/close/CloseReadinessGate';
import { $currentDeal, setAnswer } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = closeDefinition.parse(data);
const labels = definition.items.map((item) => item.label.en);

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

/** A condition's "holds" checkbox (the evidence field names its condition too). */
function box(label: string): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' });
}

/** The textareas, in the conditions' order. */
function evidenceFields(): HTMLTextAreaElement[] {
  return screen.getAllByLabelText<HTMLTextAreaElement>(/^Evidence /);
}

function live(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"] .pb-close-verdict');
  expect(region).not.toBeNull();
  return region!.closest('[aria-live]')!;
}

/** Records an earlier tool's answer the way that tool would, through the storage layer. */
function record(tool: 'negotiation' | 'validation' | 'demo', item: string, value: string | string[]) {
  void act(() => {
    setAnswer(tool, item, value);
  });
}

describe('CloseReadinessGate', () => {
  it('saves a ticked condition with its evidence into the current deal and announces n/6', async () => {
    render(<CloseReadinessGate lang="en" chrome={chromeStrings('en')} definition={definition} />);
    fireEvent.click(box(labels[0]!));
    fireEvent.input(evidenceFields()[0]!, { target: { value: 'Demo on 10 Oct; needs list signed' } });

    expect($currentDeal.get()?.answers.close?.['condition-1']).toEqual({
      holds: true,
      evidence: 'Demo on 10 Oct; needs list signed',
    });
    expect(await within(live()).findByText('1 of 6 conditions met')).toBeTruthy();
    expect(within(live()).getByText('Not ready to close')).toBeTruthy();
  });

  it('is ready only when all six hold with evidence, and lists what is missing with where to go back', async () => {
    render(<CloseReadinessGate lang="en" chrome={chromeStrings('en')} definition={definition} />);
    for (const [i, label] of labels.entries()) {
      fireEvent.click(box(label));
      if (i < 5) fireEvent.input(evidenceFields()[i]!, { target: { value: `evidence ${i + 1}` } });
    }
    // Condition 6 ticked without evidence: not met, shown as "evidence missing".
    expect(await within(live()).findByText('5 of 6 conditions met')).toBeTruthy();
    const missing = document.querySelector('[data-condition="condition-6"]')!;
    expect(missing.textContent).toContain('evidence missing');
    const back = [...missing.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(back).toEqual([
      '#condition-6',
      '/en/process/negotiation/#step-5',
      '/en/process/negotiation/#step-6',
    ]);
    expect(screen.getByText(/Ticked, but no evidence written yet/)).toBeTruthy();

    fireEvent.input(evidenceFields()[5]!, { target: { value: 'Plan signed by the GM' } });
    expect(await within(live()).findByText('6 of 6 conditions met')).toBeTruthy();
    expect(document.querySelector('[data-condition]')).toBeNull();
    // The earlier tools record no successful demo, close date or decision-maker: not ready while they disagree.
    expect(within(live()).getByText('Not ready to close')).toBeTruthy();
    record('demo', 'demo-outcome', 'successful');
    record('negotiation', 'close-date', '2026-12-01');
    record('validation', 'people-decision-maker', 'GM Li');
    expect(await within(live()).findByText('Ready to close')).toBeTruthy();
  });

  it('flags a competitor still listed in the negotiation tracker when condition 2 is ticked', async () => {
    record('negotiation', 'competitors', ['Kingdee']);
    render(<CloseReadinessGate lang="en" chrome={chromeStrings('en')} definition={definition} />);
    expect(document.querySelector('[data-conflict]')).toBeNull();

    fireEvent.click(box(labels[1]!));
    const conflict = await screen.findByText(/still lists competitors: Kingdee\./);
    expect(conflict.closest('[data-conflict]')?.getAttribute('data-conflict')).toBe('competitor-listed');
    expect(within(conflict.closest('li')!).getByRole('link').getAttribute('href')).toBe(
      '/en/process/negotiation/#tool',
    );
    expect(within(live()).getByText(/Earlier answers in this deal disagree/)).toBeTruthy();
    expect(box(labels[1]!).closest('li')?.textContent).toContain('Earlier answers disagree with this one');

    // Clearing the list in the tracker clears the flag.
    record('negotiation', 'competitors', []);
    await waitFor(() => expect(document.querySelector('[data-conflict="competitor-listed"]')).toBeNull());
    expect(within(live()).queryByText(/Earlier answers in this deal disagree/)).toBeNull();
  });

  it.each([
    ['condition 1 without a successful demo', 0, 'demo-not-successful', 'demo', 'demo-outcome', 'successful'],
    ['condition 4 without a close date', 3, 'no-close-date', 'negotiation', 'close-date', '2026-12-01'],
    [
      'condition 5 without a decision-maker',
      4,
      'no-decision-maker',
      'validation',
      'people-decision-maker',
      'GM Li',
    ],
  ] as const)(
    'flags %s, until the earlier tool records it',
    async (_, index, conflictId, tool, item, value) => {
      render(<CloseReadinessGate lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
      fireEvent.click(box(definition.items[index]!.label.zh));
      const flagged = await screen.findByText(
        definition.conflicts.find((rule) => rule.id === conflictId)!.message.zh,
      );
      expect(flagged.closest(`[data-conflict="${conflictId}"]`)).not.toBeNull();
      record(tool, item, value);
      await waitFor(() => expect(document.querySelector(`[data-conflict="${conflictId}"]`)).toBeNull());
    },
  );

  it('shows the saved answers of the current deal in Chinese', () => {
    void act(() => {
      setAnswer('close', 'condition-3', { holds: true, evidence: '合同文本已定稿' });
    });
    render(<CloseReadinessGate lang="zh" chrome={chromeStrings('zh')} definition={definition} />);
    expect(box('商务问题基本清晰').checked).toBe(true);
    expect((screen.getAllByLabelText(/^证据/)[2] as HTMLTextAreaElement).value).toBe('合同文本已定稿');
    expect(within(live()).getByText('已满足 1/6 个条件')).toBeTruthy();
    expect(within(live()).getByText('还不能成交')).toBeTruthy();
    const back = document.querySelector('[data-condition="condition-1"]')!;
    expect(back.textContent).toContain('尚未满足');
    expect([...back.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      '/process/demo/#flow',
    );
  });

  it('every control has a visible label', () => {
    const { container } = render(
      <CloseReadinessGate lang="en" chrome={chromeStrings('en')} definition={definition} />,
    );
    const controls = container.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThanOrEqual(13);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const byFor = id ? container.querySelector(`label[for="${id}"]`) : null;
      const byWrap = control.closest('label');
      const byRef = (control.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((ref) => container.querySelector(`#${ref}`));
      expect(
        byFor ?? byWrap ?? (byRef.length > 0 && byRef.every(Boolean) ? byRef[0] : null),
        control.outerHTML,
      ).not.toBeNull();
    }
  });
});
