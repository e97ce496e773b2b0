// Safari deletes a site's storage after 7 days without a visit, so the only
// copy that survives is an exported file. Remind the rep before that can bite.
export const EXPORT_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the rep has deals and never exported, or the last export is older than `days`. */
export function exportReminderDue(
  lastExportAt: string | null,
  dealCount: number,
  now: Date,
  days: number = EXPORT_REMINDER_DAYS,
): boolean {
  if (dealCount === 0) return false;
  if (lastExportAt === null) return true;
  const last = Date.parse(lastExportAt);
  return Number.isNaN(last) || now.getTime() - last >= days * DAY_MS;
}
