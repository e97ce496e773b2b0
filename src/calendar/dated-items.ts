// The dates a deal records, one per dated item: picked compelling events, the demo,
// the expected closing date, the trial agreement and the implementation steps. Each
// value is read with its own tool's reader, so a date the tool ignores is ignored here.
import type { Answer, Deal, ToolId } from '../deals/schema';
import { localePath, type Lang } from '../i18n/lang';
import { readEvent } from '../tools/events/logic';
import { readStep } from '../tools/implementation/logic';
import { readTrial } from '../tools/negotiation/logic';
import { readDate } from '../deals/answers';

/** How an item's answer holds its date. */
export type DateKind = 'event' | 'date' | 'trial' | 'step';

export interface DatedField {
  tool: ToolId;
  item: string;
  kind: DateKind;
  /** The stage page's slug under /process/. */
  stage: string;
  /** The anchor on that page the calendar entry links back to (without `#`). */
  anchor: string;
  label: Readonly<Record<Lang, string>>;
}

export interface DatedItem {
  deal: Deal;
  field: DatedField;
  /** YYYY-MM-DD. */
  date: string;
}

/** The date one answer records, or '' when none (an event counts only when picked). */
export function dateOf(answer: Answer | undefined, kind: DateKind): string {
  switch (kind) {
    case 'event': {
      const event = readEvent(answer);
      return event.picked ? event.date : '';
    }
    case 'date':
      return readDate(answer);
    case 'trial':
      return readTrial(answer).date;
    case 'step':
      return readDate(readStep(answer).date);
  }
}

/** The deal's dated items, in the order of `fields` (the playbook's order). */
export function datedItems(deal: Deal, fields: readonly DatedField[]): DatedItem[] {
  const items: DatedItem[] = [];
  for (const field of fields) {
    const date = dateOf(deal.answers[field.tool]?.[field.item], field.kind);
    if (date !== '') items.push({ deal, field, date });
  }
  return items;
}

/** The item's address on the site, e.g. `/en/process/negotiation/#negotiation--step-4`. */
export function itemPath(field: DatedField, lang: Lang): string {
  return localePath(lang, `/process/${field.stage}/#${field.anchor}`);
}
