// The tools with a date among their items, for the tool frame's "Add to calendar"
// button. A plain list, so tool pages load none of the tools' data at start;
// tests/calendar/ics.test.ts checks it against the dated items of fields.ts.
import type { ToolId } from '../deals/schema';

export const DATED_TOOLS: ReadonlySet<string> = new Set<ToolId>([
  'events',
  'demo',
  'negotiation',
  'implementation',
]);
