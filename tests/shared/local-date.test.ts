import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/local-date';

describe('localDate: the one way to write a day (today in a tool, file names, the pipeline, the calendar)', () => {
  it('is the local calendar date, not UTC’s', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
    expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
