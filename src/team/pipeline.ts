// The team's pipeline, from the same summary the deal board shows for each deal:
// how many deals reached each stage, the verdicts, close readiness, the dates of the
// next 30 days and the deals left unchanged for 14 days or more. Each figure keeps
// the deals behind it, so every bar and row can list them.
import { datedItems, type DatedField, type DatedItem } from '../calendar/dated-items';
import type { Deal } from '../deals/schema';
import { STAGE_TOOLS } from '../board/stage-tools';
import { summarizeDeal, type DealSummary, type SummaryDefinitions, type Verdict } from '../board/summary';
import { localDate } from '../shared/local-date';

export const UPCOMING_DAYS = 30;
export const STALE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Names in the order people count: "deal 4" before "deal 12". */
const NUMERIC = { numeric: true };

/** The verdicts in the order the team view shows them. */
export const VERDICTS: readonly Verdict[] = ['pursue', 'nurture', 'do-not-pursue', 'incomplete'];

export interface Bar<K> {
  key: K;
  deals: Deal[];
}

export interface Pipeline {
  summaries: ReadonlyMap<string, DealSummary>;
  /** Stage n (1–7): the deals that reached it or a later one. */
  funnel: Bar<number>[];
  verdicts: Bar<Verdict>[];
  /** Conditions held, 0 to the gate's total. */
  readiness: Bar<number>[];
  /** Dated items from today to 30 days ahead, soonest first. */
  upcoming: DatedItem[];
  /** No change for 14 days or more, the longest unchanged first. */
  stale: Deal[];
}

/** YYYY-MM-DD plus `days` days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function pipeline(
  deals: readonly Deal[],
  definitions: SummaryDefinitions,
  fields: readonly DatedField[],
  now: Date,
  /** Each deal's summary: the team view passes its cache, worked out while the files load. */
  summaryOf: (deal: Deal) => DealSummary = (deal) => summarizeDeal(deal, definitions),
): Pipeline {
  const summaries = new Map(deals.map((deal) => [deal.id, summaryOf(deal)]));
  const summary = (deal: Deal) => summaries.get(deal.id)!;
  const closeTotal = definitions.close.items.length;

  const today = localDate(now);
  const last = addDays(today, UPCOMING_DAYS);
  const upcoming = deals
    .flatMap((deal) => datedItems(deal, fields))
    .filter((item) => item.date >= today && item.date <= last)
    .sort(
      (a, b) => a.date.localeCompare(b.date) || a.deal.name.localeCompare(b.deal.name, undefined, NUMERIC),
    );

  const staleBefore = now.getTime() - STALE_DAYS * DAY_MS;
  const stale = deals
    .filter((deal) => Date.parse(deal.updatedAt) <= staleBefore)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));

  return {
    summaries,
    funnel: STAGE_TOOLS.map((_tool, index) => ({
      key: index + 1,
      deals: deals.filter((deal) => summary(deal).stageReached >= index + 1),
    })),
    verdicts: VERDICTS.map((verdict) => ({
      key: verdict,
      deals: deals.filter((deal) => summary(deal).verdict === verdict),
    })),
    readiness: Array.from({ length: closeTotal + 1 }, (_, met) => ({
      key: met,
      deals: deals.filter((deal) => summary(deal).closeMet === met),
    })),
    upcoming,
    stale,
  };
}
