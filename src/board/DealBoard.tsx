// The deal board: every deal with how far it has come, and the actions on it
// (create, open, rename, duplicate, delete with undo, export, import). Thin:
// state lives in the storage module's stores, rules in pure functions, and each
// part of the page in a component of its own.
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { BoardExports } from '../calendar/BoardExports';
import type { Deal } from '../deals/schema';
import { localeOf, type Lang } from '../i18n/lang';
import type { ChromeStrings } from '../i18n/ui';
import { $currentDealId, $deals, $lastDeleted, $lastExportAt, saveAll } from '../storage/index';
import { StorageNotices } from '../tools/shared/StorageNotices';
import { BackupPanel } from './BackupPanel';
import { CaseStudies } from './CaseStudies';
import { continueLink } from './continue';
import { caseStudyDeal, type CaseStudy } from './case-study-deal';
import { CreateDealForm } from './CreateDealForm';
import { DealTable } from './DealTable';
import type { BoardStrings } from './definition';
import { DealSummary, type SummaryLabels } from './DealSummary';
import { exportReminderText } from './reminder';
import { SharedDealPanel } from './SharedDealPanel';
import { useLazy } from './useLazy';
import { StorageWarning, useStorageUsage } from './StorageUse';
import { CurrentDealPanel, type BoardStage } from './StageLinks';
import type { SummaryDefinitions } from './summary';
import { createSummaryCache } from './summary-cache';
import { ToastRegion, useToast } from './Toast';
import { useDealActions } from './useDealActions';
import { useFocusLater } from './useFocusLater';
import { useAutoDismiss } from './auto-dismiss';
import { useDealList } from './useDealList';
import { useNow } from './useNow';
import { useStagedStart } from '../storage/useStagedStart';
import { localDate } from '../shared/local-date';
import { relativeTime } from '../shared/time-text';
import { useTransfer } from './useTransfer';

export type { BoardStage } from './StageLinks';

const loadShareLinkPanel = () => import('./ShareLinkPanel');

export interface DealBoardProps {
  lang: Lang;
  text: BoardStrings;
  /** The shared tool chrome's strings in `lang` (content/tool-chrome.json). */
  chrome: ChromeStrings;
  /** The seven stages in order (content/stages.json), titles in `lang`. */
  stages: readonly BoardStage[];
  definitions: SummaryDefinitions;
  /** Sample deals for training (content/case-studies/), in `lang`. */
  cases: readonly CaseStudy[];
  /** The tools' item labels in `lang`, for the printable summary. */
  labels: SummaryLabels;
}

export function DealBoard({ lang, text: t, chrome: ui, stages, definitions, cases, labels }: DealBoardProps) {
  // The rows' date formatter is made in a turn of its own: its first use loads the locale data.
  const mode = useStagedStart(() => {
    const now = new Date();
    relativeTime(now.toISOString(), now, lang);
  });
  const dealMap = useStore($deals);
  const currentId = useStore($currentDealId);
  const lastDeleted = useStore($lastDeleted);
  const lastExportAt = useStore($lastExportAt);
  const now = useNow();
  const usage = useStorageUsage();

  const list = useDealList(dealMap, localeOf(lang));
  const deals = list.ordered;
  // Summaries of the rows on screen only, each worked out once per change of its deal.
  const cache = useMemo(() => createSummaryCache(definitions), [definitions]);
  cache.keep(Object.keys(dealMap));
  const summaryOf = (deal: Deal) => cache.get(deal, localDate(now));
  const current = currentId !== null && Object.hasOwn(dealMap, currentId) ? dealMap[currentId] : undefined;

  // Case studies loaded in this visit: case id → the deal it became.
  const [loadedCases, setLoadedCases] = useState<Readonly<Record<string, string>>>({});
  const focusLater = useFocusLater();
  const { toast, show: showToast, clear: clearToast } = useToast();
  useAutoDismiss(toast, 'board-toast', clearToast);
  const title = (deal: Pick<Deal, 'name'>) => deal.name.trim() || ui.untitled;
  const focusRow = (id: string) => {
    list.reveal(id);
    focusLater(`board-row-${id}`);
  };
  const transfer = useTransfer({ lang, t, title, showToast, clearToast, focusLater });
  const editable = mode === 'persistent' || mode === 'memory';
  const board = useDealActions({
    t,
    ui,
    title,
    showToast,
    focusLater,
    focusRow,
    exportOne: transfer.exportOne,
  });
  const { creating, setCreating, renaming, sharing, setSharing, printing, setPrinting, actions } = board;
  const printedDeal = printing !== null && Object.hasOwn(dealMap, printing) ? dealMap[printing] : undefined;
  const printedSummary = printedDeal ? summaryOf(printedDeal) : undefined;

  const shareLink = useLazy(loadShareLinkPanel, sharing !== null);
  if (mode === 'loading') return <p>{t.loading}</p>;

  const reminder = exportReminderText(t, lang, { mode, dealCount: deals.length, lastExportAt, now });
  const sharedDeal = sharing !== null && Object.hasOwn(dealMap, sharing) ? dealMap[sharing] : undefined;

  return (
    <div class="pb-board-live" data-ready="">
      <StorageNotices t={ui} lang={lang} />
      <SharedDealPanel
        t={t}
        stages={stages}
        definitions={definitions}
        editable={editable}
        deals={dealMap}
        untitled={ui.untitled}
        onSave={(deal) => board.addNewDeal(deal, t.toastSharedSaved, 'board-current-heading')}
        onOpen={(deal) => {
          list.reveal(deal.id);
          actions.open(deal);
        }}
      />
      {reminder !== null && (
        <div class="pb-notice pb-warn pb-board-reminder" role="status">
          <p>{reminder}</p>
          <button
            type="button"
            class="pb-button"
            disabled={transfer.busy || deals.length === 0}
            onClick={() => void transfer.exportAll()}
          >
            {t.exportAll}
          </button>
        </div>
      )}

      {usage && (
        <StorageWarning t={t} usage={usage} busy={transfer.busy} onExport={() => void transfer.exportAll()} />
      )}

      {deals.length === 0 ? (
        <div class="pb-board-empty">
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyBody}</p>
          <CreateDealForm t={t} editable={editable} onCreate={board.create} />
          <p class="pb-help">{t.emptyPrivacy}</p>
        </div>
      ) : (
        <>
          <CurrentDealPanel
            lang={lang}
            t={t}
            stages={stages}
            current={
              current && {
                deal: current,
                title: title(current),
                progress: summaryOf(current).progress,
              }
            }
          />

          <div class="pb-board-toolbar">
            <button
              type="button"
              id="board-new-toggle"
              class="pb-button pb-primary"
              aria-expanded={creating}
              aria-controls={creating ? 'board-create' : undefined}
              disabled={!editable}
              onClick={() => {
                setCreating(!creating);
                if (!creating) focusLater('board-new-name');
              }}
            >
              {t.newDeal}
            </button>
          </div>
          {creating && (
            <div id="board-create">
              <CreateDealForm
                t={t}
                editable={editable}
                onCreate={board.create}
                onCancel={() => {
                  setCreating(false);
                  focusLater('board-new-toggle');
                }}
              />
            </div>
          )}

          <DealTable
            lang={lang}
            t={t}
            list={list}
            summaryOf={summaryOf}
            stages={stages}
            title={title}
            currentId={currentId}
            now={now}
            editable={editable}
            canOpen={mode !== 'read-only-newer'}
            busy={transfer.busy}
            sharing={sharing}
            renaming={renaming}
            actions={actions}
            focusRow={focusRow}
          />
          {sharedDeal && shareLink && (
            <shareLink.ShareLinkPanel
              key={sharedDeal.id}
              lang={lang}
              t={t}
              deal={sharedDeal}
              name={title(sharedDeal)}
              onClose={() => {
                focusRow(sharedDeal.id);
                setSharing(null);
              }}
            />
          )}
          {printedDeal && printedSummary && (
            <DealSummary
              lang={lang}
              t={t}
              deal={printedDeal}
              summary={printedSummary}
              definitions={definitions}
              labels={labels}
              stages={stages}
              now={now}
              onPrint={() => window.print()}
              onClose={() => {
                focusRow(printedDeal.id);
                setPrinting(null);
              }}
            />
          )}
        </>
      )}

      <CaseStudies
        t={t}
        cases={cases}
        editable={editable}
        onLoad={(study) => {
          const deal = caseStudyDeal(study, new Date());
          const focusId = `board-case-continue-${study.id}`;
          if (board.addNewDeal(deal, t.toastCaseLoaded, focusId, `board-case-${study.id}`))
            setLoadedCases({ ...loadedCases, [study.id]: deal.id });
        }}
        loaded={(study) => {
          const id = loadedCases[study.id];
          const deal = id !== undefined && Object.hasOwn(dealMap, id) ? dealMap[id] : undefined;
          const link = deal && continueLink(lang, t, stages, summaryOf(deal).progress);
          return deal && link ? { name: title(deal), ...link } : null;
        }}
      />

      <BoardExports
        lang={lang}
        chrome={ui}
        deals={deals}
        definitions={definitions}
        text={t}
        stages={stages}
      />
      <BackupPanel
        lang={lang}
        t={t}
        transfer={transfer}
        lastExportAt={lastExportAt}
        deals={dealMap}
        editable={editable}
        untitled={ui.untitled}
        usage={usage}
      />

      <ToastRegion
        t={t}
        ui={ui}
        toast={toast}
        lastDeleted={lastDeleted}
        onUndo={board.undo}
        onRetry={() => saveAll()}
        onDismiss={clearToast}
      />
    </div>
  );
}
