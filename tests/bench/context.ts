/** What every section of the benchmark shares: the browser, the two sites and the report. */
import type { Browser } from 'playwright-core';

export interface Bench {
  browser: Browser;
  /** The playbook, built and served with gzip. */
  base: string;
  /** The bare Starlight fixture, built and served the same way. */
  bareBase: string;
  /** Adds a line to the printed report and to RESULTS.md. */
  say: (line?: string) => void;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** `value` as a ratio to the bare Starlight figure `bare` ("1.23×"), or a dash when that is zero. */
export const ratio = (value: number, bare: number): string =>
  bare > 0 ? `${(value / bare).toFixed(2)}×` : '—';
export const median = (values: number[]): number => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The page types measured, with a Chinese page of each. */
export const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['reading page (glossary)', '/glossary/'],
  ['tool: prospecting', '/process/prospecting/'],
  ['tool: compelling events', '/process/compelling-events/'],
  ['tool: validation', '/process/validation/'],
  ['tool: demo', '/process/demo/'],
  ['tool: negotiation', '/process/negotiation/'],
  ['tool: close readiness', '/process/close-readiness/'],
  ['tool: implementation', '/process/implementation/'],
  ['workshop (demo)', '/workshop/demo/'],
  ['deal board', '/deals/'],
  ['team view', '/team/'],
];
/**
 * The tool's, board's or team view's island once it has started. Not a bare `[data-ready]`: a
 * stage page's quiz marks itself the same way and may start first.
 */
export const ISLAND_READY = '.pb-tool-live[data-ready], .pb-board-live[data-ready]';
export const en = (path: string): string => `/en${path}`;
