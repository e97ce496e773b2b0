// The board's export reminder, as text: pure, so its cases are unit-tested.
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import type { StorageMode } from '../storage/index';
import { EXPORT_REMINDER_DAYS, exportReminderDue } from '../storage/index';
import type { BoardStrings } from './definition';
import { absoluteTime } from '../shared/time-text';

/**
 * What the reminder says, or null when it says nothing: in memory-only mode any deal is
 * at risk; otherwise deals never exported, or not for EXPORT_REMINDER_DAYS days.
 */
export function exportReminderText(
  t: Pick<BoardStrings, 'reminderMemory' | 'reminderNever' | 'reminderOld'>,
  lang: Lang,
  state: { mode: StorageMode; dealCount: number; lastExportAt: string | null; now: Date },
): string | null {
  const { mode, dealCount, lastExportAt, now } = state;
  if (mode === 'memory') return dealCount > 0 ? t.reminderMemory : null;
  if (!exportReminderDue(lastExportAt, dealCount, now)) return null;
  if (lastExportAt === null) return fill(t.reminderNever, { days: EXPORT_REMINDER_DAYS });
  return fill(t.reminderOld, { days: EXPORT_REMINDER_DAYS, date: absoluteTime(lastExportAt, lang) });
}
