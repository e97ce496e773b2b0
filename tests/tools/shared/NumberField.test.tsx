// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../../src/tools/shared/NumberField';

afterEach(cleanup);

const field = (value: number | null, onValue = vi.fn(), rules: { integer?: boolean; wan?: boolean } = {}) => {
  const view = render(
    <label>
      Amount
      <NumberField
        id="n"
        value={value}
        invalidText="Enter a number, 0 or more."
        onValue={onValue}
        {...rules}
      />
    </label>,
  );
  return { input: screen.getByLabelText<HTMLInputElement>('Amount'), onValue, view };
};

describe('NumberField', () => {
  it('saves what a full-width entry means and keeps the text as typed', () => {
    const { input, onValue } = field(null, vi.fn(), { wan: true });
    fireEvent.input(input, { target: { value: '１，２００万' } });
    expect(onValue).toHaveBeenLastCalledWith(1200);
    expect(input.value).toBe('１，２００万');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a negative or text with a message beside the field, saving nothing', () => {
    const { input, onValue } = field(12);
    for (const raw of ['-5', 'lots']) {
      fireEvent.input(input, { target: { value: raw } });
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText('Enter a number, 0 or more.').id).toBe('n-invalid');
      expect(input.getAttribute('aria-describedby')).toContain('n-invalid');
    }
    expect(onValue).not.toHaveBeenCalled();
    fireEvent.blur(input);
    expect(input.value).toBe('lots');
  });

  it('clears the answer when emptied, and shows a value saved elsewhere', () => {
    const { input, onValue, view } = field(12);
    fireEvent.input(input, { target: { value: '' } });
    expect(onValue).toHaveBeenLastCalledWith(null);
    view.rerender(
      <label>
        Amount
        <NumberField id="n" value={30} invalidText="Enter a number, 0 or more." onValue={onValue} />
      </label>,
    );
    expect(input.value).toBe('30');
  });
});
