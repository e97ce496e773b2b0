// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import data from '../../../content/tools/events.json';
import { eventsDefinition } from '../../../src/tools/events/definition';
import { CompellingEventPicker } from '../../../src/tools/events/CompellingEventPicker';
import { $currentDeal } from '../../../src/storage/index';
import { freshWorkspace } from '../support';
import { chromeStrings } from '../../../src/i18n/ui';

const definition = eventsDefinition.parse(data);
const TODAY = '2026-06-15';

beforeEach(() => {
  freshWorkspace();
});
afterEach(cleanup);

describe('CompellingEventPicker', () => {
  it('warns that no event is picked, in the live region', async () => {
    render(
      <CompellingEventPicker lang="en" chrome={chromeStrings('en')} definition={definition} today={TODAY} />,
    );
    const warning = await screen.findByText(/No compelling event picked yet/);
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByText('0 of 11 compelling events picked')).toBeTruthy();
  });

  it('saves a picked event with its evidence, owner, date and talking point', async () => {
    render(
      <CompellingEventPicker lang="en" chrome={chromeStrings('en')} definition={definition} today={TODAY} />,
    );
    fireEvent.click(screen.getByLabelText('5. Holes in core process control'));
    const fields = within(await screen.findByRole('group', { name: '5. Holes in core process control' }));
    fireEvent.input(fields.getByLabelText(/^Evidence/), { target: { value: 'Tiles missing at stocktake' } });
    fireEvent.input(fields.getByLabelText("Owner on the customer's side"), { target: { value: 'Chen' } });
    fireEvent.change(fields.getByLabelText(/^Date/), { target: { value: '2026-09-30' } });
    fireEvent.input(fields.getByLabelText('Talking point: the cost of not acting'), {
      target: { value: 'The same losses next year' },
    });

    expect($currentDeal.get()?.answers.events?.['event-5']).toEqual({
      picked: true,
      evidence: 'Tiles missing at stocktake',
      owner: 'Chen',
      date: '2026-09-30',
      talkingPoint: 'The same losses next year',
    });
    const count = await screen.findByText('1 of 11 compelling events picked');
    expect(count.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.queryByText(/No compelling event picked yet/)).toBeNull();
  });

  it("offers the event's suggested talking point as a placeholder and fills it on request", async () => {
    render(
      <CompellingEventPicker lang="en" chrome={chromeStrings('en')} definition={definition} today={TODAY} />,
    );
    fireEvent.click(screen.getByLabelText('6. No complete customer database'));
    const fields = within(await screen.findByRole('group', { name: '6. No complete customer database' }));
    const talking = fields.getByLabelText<HTMLTextAreaElement>('Talking point: the cost of not acting');
    expect(talking.placeholder).toMatch(/How many salespeople left last year/);
    fireEvent.click(fields.getByRole('button', { name: 'Use the suggested point' }));
    expect($currentDeal.get()?.answers.events?.['event-6']).toHaveProperty(
      'talkingPoint',
      expect.stringMatching(/How many salespeople left last year/),
    );
  });

  it("warns when a picked event's date has passed, against the day it is given", async () => {
    render(
      <CompellingEventPicker lang="en" chrome={chromeStrings('en')} definition={definition} today={TODAY} />,
    );
    fireEvent.click(screen.getByLabelText('8. A promotion deadline (created by us)'));
    const fields = within(await screen.findByRole('group', { name: /^8\. A promotion deadline/ }));
    fireEvent.change(fields.getByLabelText(/^Date/), { target: { value: '2026-06-14' } });
    expect(await fields.findByText('This date has passed.')).toBeTruthy();
    const warning = await screen.findByText(
      /"A promotion deadline \(created by us\)" \(2026-06-14\) has passed/,
    );
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByText(/Only the event we create is picked/)).toBeTruthy();

    fireEvent.change(fields.getByLabelText(/^Date/), { target: { value: '2026-06-15' } });
    await waitFor(() => expect(screen.queryAllByText(/has passed/)).toEqual([]));
  });

  it('works in Chinese, with the hint in the rep’s language', async () => {
    render(
      <CompellingEventPicker lang="zh" chrome={chromeStrings('zh')} definition={definition} today={TODAY} />,
    );
    expect(await screen.findByText(/还没有选择任何强迫事件/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('1. 企业高速成长'));
    const fields = within(await screen.findByRole('group', { name: '1. 企业高速成长' }));
    expect(fields.getByLabelText<HTMLTextAreaElement>('谈话要点：不行动的代价').placeholder).toMatch(
      /增长越快，漏洞越大/,
    );
    expect(await screen.findByText('已选 1/11 个强迫事件')).toBeTruthy();
    expect(screen.getByText(/还没有证据/)).toBeTruthy();
  });

  it('every control has a label', async () => {
    const { container } = render(
      <CompellingEventPicker lang="en" chrome={chromeStrings('en')} definition={definition} today={TODAY} />,
    );
    fireEvent.click(screen.getByLabelText('2. A new strategy or business model'));
    await screen.findByRole('group', { name: '2. A new strategy or business model' });
    for (const control of container.querySelectorAll('input, select, textarea')) {
      const id = control.getAttribute('id');
      const labelled =
        control.closest('label') ?? (id ? container.querySelector(`label[for="${id}"]`) : null);
      expect(labelled, control.outerHTML).not.toBeNull();
    }
  });
});
