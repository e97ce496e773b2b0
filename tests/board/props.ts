// The board's props as its Astro wrapper builds them: the real data files,
// parsed with each tool's schema.
import boardData from '../../content/board.json';
import stagesData from '../../content/stages.json';
import casesData from '../../content/case-studies/cases.json';
import { progressDefinitions, summaryLabels } from '../../src/board/board-data';
import { caseStudiesDefinition, resolveCaseStudy } from '../../src/board/case-studies';
import { boardDefinition, boardStrings } from '../../src/board/definition';
import type { DealBoardProps } from '../../src/board/DealBoard';
import type { Answer } from '../../src/deals/schema';
import type { SummaryDefinitions } from '../../src/board/summary';
import type { Lang } from '../../src/i18n/lang';
import { chromeStrings } from '../../src/i18n/ui';

const cases = caseStudiesDefinition.parse(casesData).cases;

export const definitions: SummaryDefinitions = progressDefinitions();

export const board = boardDefinition.parse(boardData);

export function boardProps(lang: Lang): DealBoardProps {
  return {
    lang,
    text: boardStrings(board, lang),
    chrome: chromeStrings(lang),
    stages: stagesData.stages.map((stage) => ({ id: stage.id, title: stage[lang].title })),
    definitions,
    cases: cases.map((entry) => resolveCaseStudy(entry, lang)),
    labels: summaryLabels(lang),
  };
}

/** Qualification answers that make a "pursue" verdict (a distributor above every line, with a plan). */
export const PURSUE: Readonly<Record<string, Answer>> = {
  headcount: 80,
  revenue: 5000,
  'gross-profit': 800,
  ownership: 'private-chairman-gm',
  'business-type': 'distribution',
  traits: ['frequent-transactions'],
  software: ['finance'],
  branches: 'yes',
  'purchase-plan': 'yes',
};
