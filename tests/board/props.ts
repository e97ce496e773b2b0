// The board's props as its Astro wrapper builds them: the real data files,
// parsed with each tool's schema.
import { boardPageProps as build, progressDefinitions } from '../../src/board/board-data';
import { boardDefinition } from '../../src/board/definition';
import boardData from '../../content/board.json';
import type { DealBoardProps } from '../../src/board/DealBoard';
import type { Answer } from '../../src/deals/schema';
import { QUALIFIED } from './deals';
import type { SummaryDefinitions } from '../../src/board/summary';
import type { Lang } from '../../src/i18n/lang';

export const definitions: SummaryDefinitions = progressDefinitions();

export const board = boardDefinition.parse(boardData);

/** The board's props, from the builder its Astro wrapper uses. */
export function boardProps(lang: Lang): DealBoardProps {
  return build(lang);
}

/** Qualification answers that make a "pursue" verdict (a distributor above every line, with a plan). */
export const PURSUE: Readonly<Record<string, Answer>> = QUALIFIED;
