// The deal board as a spreadsheet: one row per deal, CSV in UTF-8 with a byte-order
// mark (Excel on Windows then reads Chinese correctly). The figures come from the
// board's own summary; papaparse writes the CSV and is loaded on use.
import type { Deal } from '../deals/schema';
import { summarizeDeal, type SummaryDefinitions, type Verdict } from '../board/summary';
import negotiationData from '../../content/tools/negotiation.json';
import { readDate } from '../deals/answers';
import { localDate } from '../shared/local-date';

export const BOM = '\uFEFF';
const CLOSE_DATE = negotiationData.fields.closeDate.id;

export interface SheetText {
  columns: Readonly<
    Record<
      | 'name'
      | 'customer'
      | 'stage'
      | 'stageTitle'
      | 'verdict'
      | 'events'
      | 'conditions'
      | 'closeDate'
      | 'updated',
      string
    >
  >;
  verdicts: Readonly<Record<Verdict, string>>;
  /** Stage titles in order, stage 1 first. */
  stages: readonly string[];
}

/** Local date and time, minutes only: a form every spreadsheet reads as a date. */
function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The header row and one row per deal, in the order given. */
export function sheetRows(
  deals: readonly Deal[],
  definitions: SummaryDefinitions,
  text: SheetText,
): (string | number)[][] {
  const c = text.columns;
  const header = [
    c.name,
    c.customer,
    c.stage,
    c.stageTitle,
    c.verdict,
    c.events,
    c.conditions,
    c.closeDate,
    c.updated,
  ];
  const rows = deals.map((deal) => {
    const summary = summarizeDeal(deal, definitions);
    return [
      deal.name,
      deal.customer,
      summary.stageReached,
      text.stages[summary.stageReached - 1] ?? '',
      text.verdicts[summary.verdict],
      summary.eventCount,
      summary.closeMet,
      readDate(deal.answers.negotiation?.[CLOSE_DATE]),
      localTime(summary.updatedAt),
    ];
  });
  return [header, ...rows];
}

/**
 * The CSV text with its byte-order mark. Cells starting with = + - @ (or a tab or
 * return) get a leading apostrophe, so a deal name can never run as a formula.
 */
export async function buildCsv(
  deals: readonly Deal[],
  definitions: SummaryDefinitions,
  text: SheetText,
): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return BOM + Papa.unparse(sheetRows(deals, definitions, text), { escapeFormulae: true, newline: '\r\n' });
}
