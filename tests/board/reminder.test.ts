import { describe, expect, it } from 'vitest';
import { exportReminderText } from '../../src/board/reminder';

const t = {
  reminderMemory: 'memory only',
  reminderNever: 'never exported ({days})',
  reminderOld: 'last export {date}, over {days} days',
};
const now = new Date('2026-11-30T10:00:00Z');

describe('exportReminderText', () => {
  it('warns in memory-only mode only when there is a deal to lose', () => {
    expect(exportReminderText(t, 'en', { mode: 'memory', dealCount: 1, lastExportAt: null, now })).toBe(
      'memory only',
    );
    expect(exportReminderText(t, 'en', { mode: 'memory', dealCount: 0, lastExportAt: null, now })).toBeNull();
  });

  it('asks for a first export, or a new one after the reminder period', () => {
    expect(exportReminderText(t, 'en', { mode: 'persistent', dealCount: 2, lastExportAt: null, now })).toBe(
      'never exported (7)',
    );
    const old = exportReminderText(t, 'en', {
      mode: 'persistent',
      dealCount: 2,
      lastExportAt: '2026-11-01T10:00:00Z',
      now,
    });
    expect(old).toMatch(/^last export .*2026.*, over 7 days$/);
  });

  it('says nothing after a recent export, or with no deals', () => {
    const recent = { mode: 'persistent' as const, lastExportAt: '2026-11-29T10:00:00Z', now };
    expect(exportReminderText(t, 'en', { ...recent, dealCount: 2 })).toBeNull();
    expect(
      exportReminderText(t, 'en', { mode: 'persistent', dealCount: 0, lastExportAt: null, now }),
    ).toBeNull();
  });
});
