// The board's props as its Astro wrapper builds them: the real data files,
// parsed with each tool's schema.
import boardData from '../../content/board.json';
import stagesData from '../../content/stages.json';
import closeData from '../../content/tools/close.json';
import implementationData from '../../content/tools/implementation.json';
import eventsData from '../../content/tools/events.json';
import qualificationData from '../../content/tools/qualification.json';
import validationData from '../../content/tools/validation.json';
import casesData from '../../content/case-studies/cases.json';
import { caseStudiesDefinition, resolveCaseStudy } from '../../src/board/case-studies';
import { boardDefinition, boardStrings } from '../../src/board/definition';
import type { DealBoardProps } from '../../src/board/DealBoard';
import type { Answer } from '../../src/deals/schema';
import type { SummaryDefinitions } from '../../src/board/summary';
import type { Lang } from '../../src/i18n/lang';
import { closeDefinition } from '../../src/tools/close/definition';
import { implementationDefinition } from '../../src/tools/implementation/definition';
import { eventsDefinition } from '../../src/tools/events/definition';
import { qualificationDefinition } from '../../src/tools/qualification/definition';
import { validationDefinition } from '../../src/tools/validation/definition';
import { chromeStrings } from '../../src/i18n/ui';

const qualification = qualificationDefinition.parse(qualificationData);
const close = closeDefinition.parse(closeData);
const events = eventsDefinition.parse(eventsData);
const validation = validationDefinition.parse(validationData);
const cases = caseStudiesDefinition.parse(casesData).cases;

export const definitions: SummaryDefinitions = {
  qualificationRules: { factors: qualification.factors, rules: qualification.rules },
  events: eventsDefinition.parse(eventsData).items.map((item) => ({ id: item.id })),
  close: { items: close.items, conflicts: close.conflicts },
  implementation: implementationDefinition.parse(implementationData).items,
};

export const board = boardDefinition.parse(boardData);

export function boardProps(lang: Lang): DealBoardProps {
  return {
    lang,
    text: boardStrings(board, lang),
    chrome: chromeStrings(lang),
    stages: stagesData.stages.map((stage) => ({ id: stage.id, title: stage[lang].title })),
    definitions,
    cases: cases.map((entry) => resolveCaseStudy(entry, lang)),
    labels: {
      events: events.items.map((item) => ({ id: item.id, label: item.label[lang] })),
      questions: validation.questions.map((item) => ({ id: item.id, label: item.label[lang] })),
      conditions: close.items.map((item) => ({ id: item.id, label: item.label[lang] })),
      steps: implementationDefinition
        .parse(implementationData)
        .items.map((item) => ({ id: item.id, label: item.label[lang] })),
    },
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
