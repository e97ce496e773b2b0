// Schema of content/board.json: the deal board's UI strings in both languages.
// Zod runs at build time only; the island gets one language's strings as a plain
// record (`BoardStrings`) and imports only types from here.
import { z } from 'astro/zod';
import type { Lang } from '../i18n/lang';
import { localized } from '../shared/schema';
import { COLUMNS } from './columns';

export const BOARD_TEXT_KEYS = [
  'boardLabel',
  'loading',
  'noscript',
  'emptyTitle',
  'emptyBody',
  'emptyPrivacy',
  'newDeal',
  'newDealTitle',
  'dealName',
  'customer',
  'create',
  'cancel',
  'save',
  'caption',
  ...COLUMNS,
  'noCustomer',
  'stageNone',
  'stageNoneDone',
  'stageValue',
  'verdictPursue',
  'verdictNurture',
  'verdictDoNotPursue',
  'verdictIncomplete',
  'eventsValue',
  'closeValue',
  'closeConflicts',
  'current',
  'open',
  'rename',
  'renameTitle',
  'duplicate',
  'delete',
  'exportOne',
  'copyName',
  'currentPanel',
  'stageLinksIntro',
  'stageLink',
  'nextStage',
  'stateNotStarted',
  'stateInProgress',
  'stateDone',
  'noCurrent',
  'toastCreated',
  'toastOpened',
  'toastRenamed',
  'toastDuplicated',
  'toastDeleted',
  'toastRestored',
  'toastFailed',
  'undo',
  'dismiss',
  'backupTitle',
  'exportAll',
  'importFile',
  'importFileLabel',
  'lastExport',
  'neverExported',
  'toastExported',
  'exportFailed',
  'reminderNever',
  'reminderOld',
  'reminderMemory',
  'importTitle',
  'importSummary',
  'importEmpty',
  'importWillAdd',
  'importExists',
  'importReplace',
  'importKeep',
  'importConfirm',
  'importReplaceWarning',
  'importRefused',
  'importReadFailed',
  'toastImported',
  'toastImportFailed',
  'casesTitle',
  'casesIntro',
  'caseLoad',
  'caseLoadLabel',
  'toastCaseLoaded',
  'share',
  'shareLabel',
  'shareTitle',
  'shareHelp',
  'shareLinkLabel',
  'shareCopy',
  'shareCopied',
  'shareCopyFailed',
  'shareTooLarge',
  'shareClose',
  'sharedTitle',
  'sharedLoading',
  'sharedBody',
  'sharedSave',
  'sharedDiscard',
  'toastSharedSaved',
  'sharedDamaged',
  'sharedTooLarge',
  'sharedNewer',
  'sharedInvalid',
  'printSummary',
  'printSummaryLabel',
  'summaryTitle',
  'summaryCustomer',
  'summaryPrinted',
  'summaryVerdict',
  'summaryReasons',
  'summaryNoEvents',
  'summaryClose',
  'summaryImplementation',
  'summaryImplementationSkipped',
  'summaryNext',
  'summaryNextStage',
  'summaryAllStages',
  'summaryGap',
  'summaryConfirm',
  'summaryDo',
  'summaryEvidence',
  'summaryMore',
  'summaryNoAnswers',
  'summaryConditionOpen',
  'summaryStop',
  'summaryPrint',
  'summaryClose2',
] as const;

export type BoardTextKey = (typeof BOARD_TEXT_KEYS)[number];

const textShape = Object.fromEntries(BOARD_TEXT_KEYS.map((key) => [key, localized])) as Record<
  BoardTextKey,
  typeof localized
>;

/** Every key is required and no other is allowed: a missing or misspelt string fails the build. */
export const boardDefinition = z.strictObject({
  $comment: z.string().optional(),
  text: z.strictObject(textShape),
});

export type BoardDefinition = z.infer<typeof boardDefinition>;
/** One language's strings, as the island receives them. */
export type BoardStrings = Readonly<Record<BoardTextKey, string>>;

/** The strings of one language. */
export function boardStrings(definition: BoardDefinition, lang: Lang): BoardStrings {
  return Object.fromEntries(BOARD_TEXT_KEYS.map((key) => [key, definition.text[key][lang]])) as Record<
    BoardTextKey,
    string
  >;
}
