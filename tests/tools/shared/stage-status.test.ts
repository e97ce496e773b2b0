import { describe, expect, it } from 'vitest';
import {
  shortName,
  stageStatus,
  STATUS_NAME_WIDTH,
  type StatusStrings,
} from '../../../src/tools/shared/stage-status';
import { stateOf } from '../../../src/tools/shared/stage-state';

const T: StatusStrings = {
  stateNotStarted: 'Not started',
  stateInProgress: 'In progress ({met} of {total})',
  stateDone: 'Done',
  stageStatus: '{deal}: {state}',
  untitled: '(untitled deal)',
};

describe('shortName', () => {
  it('keeps a name that fits', () => {
    expect(shortName('Huajian ERP', STATUS_NAME_WIDTH)).toBe('Huajian ERP');
    expect(shortName('华建建材进销存', STATUS_NAME_WIDTH)).toBe('华建建材进销存');
  });

  it('counts a Chinese character as two and ends a shortened name with "…"', () => {
    expect(shortName('华建建材进销存二期深圳', 16)).toBe('华建建材进销存…');
    expect(shortName('Shenzhen Huajian Building Materials', 16)).toBe('Shenzhen Huajia…');
    expect(shortName('Shenzhen Huajian Building', 10)).toBe('Shenzhen…');
  });

  it('never cuts a character in two', () => {
    expect(shortName('𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀', 6)).toBe('𠀀𠀀…');
  });
});

describe('stageStatus', () => {
  const gate = (met: number, total: number) => () => ({ met, total });

  it('is not started while the stage’s tool holds no answer, whatever the gate says', () => {
    const deal = { name: 'Huajian ERP', answers: { close: { 'condition-1': false } } };
    expect(stageStatus(deal, 'close', gate(0, 6), T)).toEqual({
      state: 'not-started',
      text: 'Huajian ERP: Not started',
      title: undefined,
    });
  });

  it('reads in progress with the gate’s n of m, and done when every check is met', () => {
    const deal = { name: 'Huajian ERP', answers: { close: { 'condition-1': true } } };
    expect(stageStatus(deal, 'close', gate(2, 7), T).text).toBe('Huajian ERP: In progress (2 of 7)');
    expect(stageStatus(deal, 'close', gate(7, 7), T)).toMatchObject({
      state: 'done',
      text: 'Huajian ERP: Done',
    });
  });

  it('shortens a long name and keeps the full name for the title', () => {
    const name = 'Shenzhen Huajian Building Materials Trading Co.';
    const status = stageStatus({ name, answers: {} }, 'events', gate(0, 1), T);
    expect(status.text).toBe('Shenzhen Huajia…: Not started');
    expect(status.title).toBe(name);
  });

  it('names a deal without a name as the deal switcher does', () => {
    expect(stageStatus({ name: '  ', answers: {} }, 'demo', gate(0, 3), T).text).toBe(
      '(untitled deal): Not started',
    );
  });
});

describe('stateOf', () => {
  it('takes a ticked and unticked box as no answer', () => {
    expect(stateOf({ met: 0, total: 0 }, { a: false, b: '  ' })).toBe('not-started');
    expect(stateOf({ met: 0, total: 0 }, { a: 'x' })).toBe('done');
  });
});
