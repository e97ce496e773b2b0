import { describe, expect, it } from 'vitest';
import { exportReminderDue } from '../../src/storage';

const now = new Date('2026-11-27T12:00:00.000Z');

describe('export reminder', () => {
  it('is due with deals and no export, or an export 7 days old or more', () => {
    expect(exportReminderDue(null, 2, now)).toBe(true);
    expect(exportReminderDue('2026-11-20T12:00:00.000Z', 2, now)).toBe(true);
    expect(exportReminderDue('2026-11-20T12:00:01.000Z', 2, now)).toBe(false);
    expect(exportReminderDue('not a date', 2, now)).toBe(true);
  });

  it('is not due without deals', () => {
    expect(exportReminderDue(null, 0, now)).toBe(false);
  });
});
