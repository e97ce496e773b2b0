// The tools' data the board needs, built at build time from content/tools/*.json
// (each parsed with its tool's schema, so bad data fails the build): the shapes
// the progress functions read, and the printed summary's labels in one language.
// Used by the board's and the team view's Astro wrappers and by tests; the islands
// import only types.
import boardData from '../../content/board.json';
import casesData from '../../content/case-studies/cases.json';
import stagesData from '../../content/stages.json';
import closeData from '../../content/tools/close.json';
import demoData from '../../content/tools/demo.json';
import eventsData from '../../content/tools/events.json';
import implementationData from '../../content/tools/implementation.json';
import negotiationData from '../../content/tools/negotiation.json';
import qualificationData from '../../content/tools/qualification.json';
import validationData from '../../content/tools/validation.json';
import type { Lang } from '../i18n/lang';
import { chromeStrings, type ChromeStrings } from '../i18n/ui';
import type { LocalizedText } from '../shared/schema';
import { closeDefinition } from '../tools/close/definition';
import { demoDefinition } from '../tools/demo/definition';
import { eventsDefinition } from '../tools/events/definition';
import { implementationDefinition } from '../tools/implementation/definition';
import { negotiationDefinition } from '../tools/negotiation/definition';
import { qualificationDefinition } from '../tools/qualification/definition';
import { validationDefinition } from '../tools/validation/definition';
import { caseStudiesDefinition, resolveCaseStudy, type CaseStudyData } from './case-studies';
import type { CaseStudy } from './case-study-deal';
import { boardDefinition, boardStrings, type BoardStrings } from './definition';
import type { ProgressDefinitions } from './progress';
import type { SummaryLabels } from './summary-labels';

const qualification = qualificationDefinition.parse(qualificationData);
const events = eventsDefinition.parse(eventsData);
const validation = validationDefinition.parse(validationData);
const demo = demoDefinition.parse(demoData);
const negotiation = negotiationDefinition.parse(negotiationData);
const close = closeDefinition.parse(closeData);
const implementation = implementationDefinition.parse(implementationData);
const board = boardDefinition.parse(boardData);
const cases = caseStudiesDefinition.parse(casesData).cases;

/** The tools' data files by tool id, as parsed JSON (for lists built from every tool's items). */
export const toolData = {
  qualification: qualificationData,
  events: eventsData,
  validation: validationData,
  demo: demoData,
  negotiation: negotiationData,
  close: closeData,
  implementation: implementationData,
} as const;

/** The case studies as content/case-studies/cases.json holds them, both languages. */
export const caseStudyData: readonly CaseStudyData[] = cases;

/** What the board's island receives from its page, and the team view's island with it. */
export interface BoardPageProps {
  lang: Lang;
  text: BoardStrings;
  /** The shared tool chrome's strings in `lang` (content/tool-chrome.json). */
  chrome: ChromeStrings;
  /** The seven stages in order (content/stages.json), titles in `lang`. */
  stages: readonly { id: string; title: string }[];
  definitions: ProgressDefinitions;
  /** Sample deals for training (content/case-studies/), in `lang`. */
  cases: readonly CaseStudy[];
  /** The tools' item labels in `lang`, for the printable summary. */
  labels: SummaryLabels;
}

/** The board's props in `lang`, built once for the board and the team view. */
export function boardPageProps(lang: Lang): BoardPageProps {
  return {
    lang,
    text: boardStrings(board, lang),
    chrome: chromeStrings(lang),
    stages: stagesData.stages.map((stage) => ({ id: stage.id, title: stage[lang].title })),
    definitions: progressDefinitions(),
    cases: cases.map((entry) => resolveCaseStudy(entry, lang)),
    labels: summaryLabels(lang),
  };
}

/** What the progress functions read, without the help texts the island does not show. */
export function progressDefinitions(): ProgressDefinitions {
  return {
    qualificationRules: { factors: qualification.factors, rules: qualification.rules },
    events: events.items.map((item) => ({ id: item.id, ours: item.ours })),
    validation: {
      questions: validation.questions.map(({ id }) => ({ id })),
      fields: validation.fields.map(({ id, required }) => ({ id, required })),
      rules: validation.rules,
    },
    demo: {
      groups: demo.groups.map(({ id, anchor, label, items }) => ({
        id,
        anchor,
        label,
        items: items.map((item) => ({ id: item.id, label: item.label })),
      })),
      readiness: demo.readiness,
      attendees: { ...demo.attendees, roles: demo.attendees.roles.map(({ id, label }) => ({ id, label })) },
      sums: { ...demo.sums, figures: demo.sums.figures.map(({ id, label }) => ({ id, label })) },
      outcome: demo.outcome,
    },
    negotiation: {
      steps: negotiation.steps.map(({ id, anchor, label }) => ({ id, anchor, label })),
      fields: negotiation.fields,
      rules: negotiation.rules,
    },
    close: { items: close.items, conflicts: close.conflicts },
    implementation: implementation.items,
  };
}

/** id → label in one language. */
function byId(items: readonly { id: string; label: LocalizedText }[], lang: Lang): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.id, item.label[lang]]));
}

/** The summary's labels and the tools' own sentences, in `lang`. */
export function summaryLabels(lang: Lang): SummaryLabels {
  const list = (items: readonly { id: string; label: LocalizedText }[]) =>
    items.map((item) => ({ id: item.id, label: item.label[lang] }));
  const e = events.text;
  const v = validation.text;
  const d = demo.text;
  const n = negotiation.text;
  const c = close.text;
  const i = implementation.text;
  return {
    events: list(events.items),
    questions: list(validation.questions),
    conditions: list(close.items),
    separator: e.separator[lang],
    eventsText: {
      none: e.none[lang],
      onlyOurs: e.onlyOurs[lang],
      datePassed: e.datePassed[lang],
      evidence: e.evidence[lang],
    },
    validation: {
      fields: byId(validation.fields, lang),
      counts: v.counts[lang],
      ready: v.ready[lang],
      notReady: v.notReady[lang],
      confirmed: v.confirmed[lang],
      assumed: v.assumed[lang],
      unmarked: v.unmarked[lang],
    },
    demo: {
      checks: byId(
        demo.groups.flatMap((g) => g.items),
        lang,
      ),
      roles: byId(demo.attendees.roles, lang),
      outcomes: byId(demo.outcome.options, lang),
      figures: byId(demo.sums.figures, lang),
      progress: d.progress[lang],
      ready: d.ready[lang],
      notReady: d.notReady[lang],
      needAttendees: d.needAttendees[lang],
      incompleteAttendees: d.incompleteAttendees[lang],
      attendeesTitle: d.attendeesTitle[lang],
      decisionMaker: d.decisionMaker[lang],
      dateLabel: d.dateLabel[lang],
      outcomeSummary: d.outcomeSummary[lang],
      outcomeUnset: d.outcomeUnset[lang],
      outcomeUndated: d.outcomeUndated[lang],
      sumsTitle: d.sumsTitle[lang],
      sumsTotal: d.sumsTotal[lang],
      sumsMissing: d.sumsMissing[lang],
    },
    negotiation: {
      steps: byId(negotiation.steps, lang),
      fields: byId(Object.values(negotiation.fields), lang),
      progress: n.progress[lang],
      next: n.next[lang],
      competitorsSummary: n.competitorsSummary[lang],
      closeDateSummary: n.closeDateSummary[lang],
      none: n.none[lang],
      notSet: n.notSet[lang],
      trialSigned: n.trialSigned[lang],
      warnCompetitors: n.warnCompetitors[lang],
      warnCloseDate: n.warnCloseDate[lang],
      warnPayment: n.warnPayment[lang],
    },
    close: {
      progress: c.progress[lang],
      ready: c.ready[lang],
      notReady: c.notReady[lang],
      conflicts: Object.fromEntries(close.conflicts.map((rule) => [rule.id, rule.message[lang]])),
    },
    implementation: {
      steps: byId(implementation.items, lang),
      progress: i.progress[lang],
      undated: i.undated[lang],
    },
  };
}
