// The deal board: every deal with how far it has come, and the actions on it
// (create, open, rename, duplicate, delete with undo, export, import). Thin:
// state lives in the storage module's stores, rules in pure functions.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BoardExports } from '../calendar/BoardExports';
import type { Deal } from '../deals/schema';
import { LIMITS } from '../deals/constants';
import { summarizeDeal, toolHasAnswers, STAGE_TOOLS, type SummaryDefinitions } from '../deals/summary';
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';
import type { ChromeStrings } from '../i18n/ui';
import { startStorage } from '../storage/client';
import type { ImportPlanEntry } from '../storage/export-import';
import {
  $currentDealId,
  $deals,
  $lastDeleted,
  $lastExportAt,
  $storageMode,
  createDeal,
  deleteDeal,
  duplicateDeal,
  EXPORT_REMINDER_DAYS,
  exportReminderDue,
  importDeals,
  markExported,
  renameDeal,
  saveAll,
  setCurrentDeal,
  undoDelete,
  type SaveResult,
} from '../storage/index';
import { fill } from '../tools/shared/format';
import { StorageNotices } from '../tools/shared/StorageNotices';
import { caseStudyDeal, type CaseStudy } from './case-study-deal';
import type { BoardStrings } from './definition';
import { DealSummary, type SummaryLabels } from './DealSummary';
import { SharedDealPanel, ShareLinkPanel } from './SharePanels';
import {
  absoluteTime,
  copyNameFrom,
  exportFileName,
  importCounts,
  relativeTime,
  sortDeals,
  VERDICT_KEY,
} from './format';
import { downloadText, loadExportImport, readImportFile } from './transfer';

export interface BoardStage {
  /** The stage page's slug under /process/. */
  id: string;
  title: string;
}

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

type Toast =
  | { seq: number; kind: 'info' | 'error'; text: string; retry?: boolean }
  | { seq: number; kind: 'deleted'; text: string; dealId: string };
type ToastInput = Toast extends infer T ? (T extends unknown ? Omit<T, 'seq'> : never) : never;

interface ImportReview {
  fileName: string;
  deals: Deal[];
  plan: ImportPlanEntry[];
  /** For each deal that already exists here: replace it, or keep ours (the default). */
  choices: Record<string, 'replace' | 'skip'>;
}

/** The table's columns, in order. */
const COLUMNS = [
  'colDeal',
  'colStage',
  'colVerdict',
  'colEvents',
  'colClose',
  'colUpdated',
  'colActions',
] as const;

/** Refreshes "5 minutes ago" while the page stays open. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function DealBoard({ lang, text: t, chrome: ui, stages, definitions, cases, labels }: DealBoardProps) {
  startStorage();
  const dealMap = useStore($deals);
  const currentId = useStore($currentDealId);
  const mode = useStore($storageMode);
  const lastDeleted = useStore($lastDeleted);
  const lastExportAt = useStore($lastExportAt);
  const now = useNow();

  const deals = useMemo(() => sortDeals(Object.values(dealMap)), [dealMap]);
  const summaries = useMemo(
    () => new Map(deals.map((deal) => [deal.id, summarizeDeal(deal, definitions)])),
    [deals, definitions],
  );
  const current = currentId !== null && Object.hasOwn(dealMap, currentId) ? dealMap[currentId] : undefined;

  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const [newCustomer, setNewCustomer] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string; customer: string } | null>(null);
  const [toast, setToastState] = useState<Toast | null>(null);
  const [review, setReview] = useState<ImportReview | null>(null);
  const [busy, setBusy] = useState(false);
  const [sharing, setSharing] = useState<string | null>(null);
  const [printing, setPrinting] = useState<string | null>(null);
  const pendingPrint = useRef(false);
  const printedDeal = printing !== null && Object.hasOwn(dealMap, printing) ? dealMap[printing] : undefined;
  const printedSummary = printedDeal ? summaries.get(printedDeal.id) : undefined;
  const toastSeq = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const pendingFocus = useRef<string | null>(null);

  // Move focus after the render that creates its target (a new row, the toast's Undo…).
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });
  const focusLater = (id: string) => {
    pendingFocus.current = id;
  };

  // Print once the summary asked for is on the page.
  useEffect(() => {
    if (!pendingPrint.current || printing === null) return;
    pendingPrint.current = false;
    window.print();
  });

  const showToast = (next: ToastInput) => setToastState({ ...next, seq: ++toastSeq.current } as Toast);
  const title = (deal: Pick<Deal, 'name'>) => deal.name.trim() || ui.untitled;
  const editable = mode === 'persistent' || mode === 'memory';

  /** A failed save, said in the page's language (quota: what the rep typed is kept, with a retry). */
  function reportFailure(result: SaveResult): void {
    if (result.ok) return;
    if (result.reason === 'quota') showToast({ kind: 'error', text: ui.notSavedQuota, retry: true });
    else showToast({ kind: 'error', text: fill(t.toastFailed, { message: result.message }) });
  }

  // ---- actions ---------------------------------------------------------------

  function submitCreate(event: Event) {
    event.preventDefault();
    const result = createDeal(newName.trim(), newCustomer.trim());
    if (!result.ok) {
      reportFailure(result);
      if (result.reason !== 'quota') return;
    } else {
      showToast({ kind: 'info', text: fill(t.toastCreated, { name: newName.trim() || ui.untitled }) });
    }
    setNewName('');
    setNewCustomer('');
    setCreating(false);
    focusLater('board-current-heading');
  }

  function open(deal: Deal) {
    const result = setCurrentDeal(deal.id);
    if (!result.ok) return reportFailure(result);
    showToast({ kind: 'info', text: fill(t.toastOpened, { name: title(deal) }) });
    focusLater('board-current-heading');
  }

  function submitRename(event: Event) {
    event.preventDefault();
    if (!renaming) return;
    const result = renameDeal(renaming.id, { name: renaming.name, customer: renaming.customer });
    if (!result.ok) return reportFailure(result);
    showToast({ kind: 'info', text: fill(t.toastRenamed, { name: renaming.name.trim() || ui.untitled }) });
    focusLater(`board-rename-${renaming.id}`);
    setRenaming(null);
  }

  function cancelRename() {
    if (renaming) focusLater(`board-rename-${renaming.id}`);
    setRenaming(null);
  }

  function duplicate(deal: Deal) {
    const name = copyNameFrom(t.copyName, deal.name.trim() || ui.untitled);
    const result = duplicateDeal(deal.id, name);
    if (!result.ok) return reportFailure(result);
    showToast({ kind: 'info', text: fill(t.toastDuplicated, { name }) });
    if (result.dealId) focusLater(`board-row-${result.dealId}`);
  }

  function remove(deal: Deal) {
    if (renaming?.id === deal.id) setRenaming(null);
    const deleted = deleteDeal(deal.id);
    if (!deleted) {
      showToast({ kind: 'error', text: fill(t.toastFailed, { message: title(deal) }) });
      return;
    }
    showToast({ kind: 'deleted', dealId: deal.id, text: fill(t.toastDeleted, { name: title(deal) }) });
    focusLater('board-toast-undo');
  }

  function undo() {
    const deal = $lastDeleted.get();
    const result = undoDelete();
    if (!result.ok || !deal) return reportFailure(result);
    showToast({ kind: 'info', text: fill(t.toastRestored, { name: title(deal) }) });
    focusLater(`board-row-${deal.id}`);
  }

  /** Saves a deal made elsewhere (a case study, a shared link) as a new deal and opens it. */
  function addNewDeal(deal: Deal, toast: string): boolean {
    const results = importDeals([deal]);
    const failed = results.find((result) => !result.ok);
    if (failed) {
      reportFailure(failed);
      return false;
    }
    const opened = setCurrentDeal(deal.id);
    if (!opened.ok) reportFailure(opened);
    showToast({ kind: 'info', text: fill(toast, { name: title(deal) }) });
    focusLater('board-current-heading');
    return true;
  }

  const loadCase = (study: CaseStudy) => addNewDeal(caseStudyDeal(study, new Date()), t.toastCaseLoaded);

  function printSummary(deal: Deal) {
    setPrinting(deal.id);
    pendingPrint.current = true;
    focusLater('deal-summary');
  }

  async function exportList(list: readonly Deal[], fileName: string) {
    setBusy(true);
    try {
      const mod = await loadExportImport();
      downloadText(mod.exportDeals(list, new Date()), fileName);
      // The reminder is about losing deals: only a file holding every deal answers it.
      const all = Object.keys($deals.get());
      if (all.every((id) => list.some((deal) => deal.id === id))) markExported();
      showToast({ kind: 'info', text: fill(t.toastExported, { count: list.length, file: fileName }) });
    } catch (error) {
      showToast({ kind: 'error', text: fill(t.exportFailed, { message: String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const exportAll = () => exportList(sortDeals(Object.values($deals.get())), exportFileName(new Date()));
  const exportOne = (deal: Deal) => exportList([deal], exportFileName(new Date(), title(deal)));

  async function onFileChosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a change too.
    input.value = '';
    if (!file) return;
    setReview(null);
    setBusy(true);
    try {
      let mod: Awaited<ReturnType<typeof loadExportImport>>;
      let text: string;
      try {
        mod = await loadExportImport();
        text = await readImportFile(file, mod.MAX_IMPORT_BYTES);
      } catch {
        showToast({
          kind: 'error',
          text: fill(t.importRefused, { file: file.name, reason: t.importReadFailed }),
        });
        return;
      }
      const parsed = mod.parseImport(text, undefined, $deals.get());
      if (!parsed.ok) {
        showToast({
          kind: 'error',
          text: fill(t.importRefused, { file: file.name, reason: parsed.error.message[lang] }),
        });
        return;
      }
      const choices: Record<string, 'replace' | 'skip'> = {};
      for (const entry of parsed.plan) if (entry.action === 'replace') choices[entry.id] = 'skip';
      setReview({ fileName: file.name, deals: parsed.deals, plan: parsed.plan, choices });
      // An older message would only cover the review's buttons.
      setToastState(null);
      focusLater('board-import-heading');
    } finally {
      setBusy(false);
    }
  }

  async function confirmImport() {
    if (!review) return;
    const mod = await loadExportImport();
    const existing = $deals.get();
    const toWrite = mod.dealsToWrite(existing, { deals: review.deals }, review.choices);
    const counts = importCounts(existing, review.deals, toWrite);
    const failed = importDeals(toWrite).filter((result) => !result.ok);
    setReview(null);
    const firstFailure = failed[0];
    if (firstFailure && !firstFailure.ok) {
      showToast({
        kind: 'error',
        text: fill(t.toastImportFailed, { count: failed.length, message: firstFailure.message }),
        retry: firstFailure.reason === 'quota',
      });
    } else {
      showToast({ kind: 'info', text: fill(t.toastImported, { ...counts }) });
    }
    focusLater('board-toast');
  }

  // ---- view ------------------------------------------------------------------

  if (mode === 'loading') return <p>{t.loading}</p>;

  const reminder =
    mode === 'memory'
      ? deals.length > 0
        ? t.reminderMemory
        : null
      : exportReminderDue(lastExportAt, deals.length, now)
        ? lastExportAt === null
          ? fill(t.reminderNever, { days: EXPORT_REMINDER_DAYS })
          : fill(t.reminderOld, { days: EXPORT_REMINDER_DAYS, date: absoluteTime(lastExportAt, lang) })
        : null;

  const createForm = (
    <form class="pb-board-create" aria-labelledby="board-create-title" onSubmit={submitCreate}>
      <h3 id="board-create-title">{t.newDealTitle}</h3>
      <div class="pb-board-fields">
        <label class="pb-field">
          {t.dealName}
          <input
            id="board-new-name"
            value={newName}
            maxLength={LIMITS.name}
            required
            onInput={(e) => setNewName(e.currentTarget.value)}
          />
        </label>
        <label class="pb-field">
          {t.customer}
          <input
            value={newCustomer}
            maxLength={LIMITS.customer}
            onInput={(e) => setNewCustomer(e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="pb-board-buttons">
        <button type="submit" class="pb-button pb-primary" disabled={!editable}>
          {t.create}
        </button>
        {deals.length > 0 && (
          <button
            type="button"
            class="pb-button"
            onClick={() => {
              setCreating(false);
              focusLater('board-new-toggle');
            }}
          >
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );

  return (
    <div class="pb-board-live" data-ready="">
      <StorageNotices t={ui} lang={lang} />
      <SharedDealPanel
        t={t}
        stages={stages}
        definitions={definitions}
        editable={editable}
        onSave={(deal) => addNewDeal(deal, t.toastSharedSaved)}
      />
      {reminder !== null && (
        <div class="pb-notice pb-warn pb-board-reminder" role="status">
          <p>{reminder}</p>
          <button
            type="button"
            class="pb-button"
            disabled={busy || deals.length === 0}
            onClick={() => void exportAll()}
          >
            {t.exportAll}
          </button>
        </div>
      )}

      {deals.length === 0 ? (
        <div class="pb-board-empty">
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyBody}</p>
          {createForm}
          <p class="pb-help">{t.emptyPrivacy}</p>
        </div>
      ) : (
        <>
          <section class="pb-board-current-panel" aria-labelledby="board-current-heading">
            {current ? (
              <>
                <h2 id="board-current-heading" tabIndex={-1}>
                  {fill(t.currentPanel, {
                    name: current.customer.trim()
                      ? `${title(current)} · ${current.customer.trim()}`
                      : title(current),
                  })}
                </h2>
                <p>{t.stageLinksIntro}</p>
                <StageLinks
                  lang={lang}
                  t={t}
                  stages={stages}
                  deal={current}
                  reached={summaries.get(current.id)?.stageReached ?? 0}
                />
              </>
            ) : (
              <p id="board-current-heading" tabIndex={-1}>
                {t.noCurrent}
              </p>
            )}
          </section>

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
          {creating && <div id="board-create">{createForm}</div>}

          <table class="pb-board-table" role="table">
            <caption>{fill(t.caption, { count: deals.length })}</caption>
            <thead role="rowgroup">
              <tr role="row">
                {COLUMNS.map((key) => (
                  <th key={key} role="columnheader" scope="col">
                    {t[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {deals.map((deal) => {
                const summary = summaries.get(deal.id);
                if (!summary) return null;
                const isCurrent = deal.id === currentId;
                const name = title(deal);
                const stage = stages[summary.stageReached - 1];
                const ready = summary.closeTotal > 0 && summary.closeMet === summary.closeTotal;
                return [
                  <tr
                    key={deal.id}
                    role="row"
                    class={isCurrent ? 'pb-board-row pb-board-is-current' : 'pb-board-row'}
                    aria-current={isCurrent ? 'true' : undefined}
                  >
                    <th role="rowheader" scope="row" id={`board-row-${deal.id}`} tabIndex={-1}>
                      <span class="pb-board-name">{name}</span>
                      <span class="pb-board-customer">{deal.customer.trim() || t.noCustomer}</span>
                      {isCurrent && <span class="pb-board-badge">{t.current}</span>}
                    </th>
                    <td role="cell" data-label={t.colStage}>
                      {stage
                        ? fill(t.stageValue, { n: summary.stageReached, title: stage.title })
                        : t.stageNone}
                    </td>
                    <td role="cell" data-label={t.colVerdict}>
                      <span class={`pb-board-verdict pb-board-verdict-${summary.verdict}`}>
                        {t[VERDICT_KEY[summary.verdict]]}
                      </span>
                    </td>
                    <td role="cell" data-label={t.colEvents}>
                      {fill(t.eventsValue, { n: summary.eventCount })}
                    </td>
                    <td role="cell" data-label={t.colClose}>
                      <span class={ready ? 'pb-board-ready' : undefined}>
                        {fill(t.closeValue, { met: summary.closeMet, total: summary.closeTotal })}
                      </span>
                    </td>
                    <td role="cell" class="pb-board-updated" data-label={t.colUpdated}>
                      <time dateTime={summary.updatedAt}>{relativeTime(summary.updatedAt, now, lang)}</time>
                      <span class="pb-board-absolute">{absoluteTime(summary.updatedAt, lang)}</span>
                    </td>
                    <td role="cell" class="pb-board-actions">
                      <div class="pb-board-buttons">
                        {!isCurrent && (
                          <button
                            type="button"
                            aria-label={`${t.open} ${name}`}
                            class="pb-button pb-primary"
                            disabled={mode === 'read-only-newer'}
                            onClick={() => open(deal)}
                          >
                            {t.open}
                          </button>
                        )}
                        <button
                          type="button"
                          aria-label={`${t.rename} ${name}`}
                          class="pb-button"
                          id={`board-rename-${deal.id}`}
                          aria-expanded={renaming?.id === deal.id}
                          disabled={!editable}
                          onClick={() => {
                            setRenaming({ id: deal.id, name: deal.name, customer: deal.customer });
                            focusLater('board-rename-name');
                          }}
                        >
                          {t.rename}
                        </button>
                        <button
                          type="button"
                          aria-label={`${t.duplicate} ${name}`}
                          class="pb-button"
                          disabled={!editable}
                          onClick={() => duplicate(deal)}
                        >
                          {t.duplicate}
                        </button>
                        <button
                          type="button"
                          aria-label={`${t.exportOne} ${name}`}
                          class="pb-button"
                          disabled={busy}
                          onClick={() => void exportOne(deal)}
                        >
                          {t.exportOne}
                        </button>
                        <button
                          type="button"
                          aria-label={fill(t.shareLabel, { name })}
                          class="pb-button"
                          aria-expanded={sharing === deal.id}
                          onClick={() => setSharing(sharing === deal.id ? null : deal.id)}
                        >
                          {t.share}
                        </button>
                        <button
                          type="button"
                          aria-label={fill(t.printSummaryLabel, { name })}
                          class="pb-button"
                          onClick={() => printSummary(deal)}
                        >
                          {t.printSummary}
                        </button>
                        <button
                          type="button"
                          aria-label={`${t.delete} ${name}`}
                          class="pb-button pb-board-danger"
                          disabled={!editable}
                          onClick={() => remove(deal)}
                        >
                          {t.delete}
                        </button>
                      </div>
                    </td>
                  </tr>,
                  renaming?.id === deal.id && (
                    <tr key={`${deal.id}-rename`} role="row" class="pb-board-edit">
                      <td role="cell" colSpan={7}>
                        <form
                          aria-label={`${t.renameTitle}: ${name}`}
                          onSubmit={submitRename}
                          onKeyDown={(e) => {
                            if (e.key === 'Escape') cancelRename();
                          }}
                        >
                          <div class="pb-board-fields">
                            <label class="pb-field">
                              {t.dealName}
                              <input
                                id="board-rename-name"
                                value={renaming.name}
                                maxLength={LIMITS.name}
                                required
                                onInput={(e) => setRenaming({ ...renaming, name: e.currentTarget.value })}
                              />
                            </label>
                            <label class="pb-field">
                              {t.customer}
                              <input
                                value={renaming.customer}
                                maxLength={LIMITS.customer}
                                onInput={(e) => setRenaming({ ...renaming, customer: e.currentTarget.value })}
                              />
                            </label>
                          </div>
                          <div class="pb-board-buttons">
                            <button type="submit" class="pb-button pb-primary">
                              {t.save}
                            </button>
                            <button type="button" class="pb-button" onClick={cancelRename}>
                              {t.cancel}
                            </button>
                          </div>
                        </form>
                      </td>
                    </tr>
                  ),
                ];
              })}
            </tbody>
          </table>
          {sharing !== null && Object.hasOwn(dealMap, sharing) && (
            <ShareLinkPanel
              key={sharing}
              lang={lang}
              t={t}
              deal={dealMap[sharing] as Deal}
              name={title(dealMap[sharing] as Deal)}
              onClose={() => {
                focusLater(`board-row-${sharing}`);
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
                focusLater(`board-row-${printedDeal.id}`);
                setPrinting(null);
              }}
            />
          )}
        </>
      )}

      {cases.length > 0 && (
        <section class="pb-board-cases" aria-labelledby="board-cases-title">
          <h2 id="board-cases-title">{t.casesTitle}</h2>
          <p class="pb-help">{t.casesIntro}</p>
          <ul class="pb-board-case-list">
            {cases.map((study) => (
              <li key={study.id} data-case={study.id}>
                <strong>{study.title}</strong>
                <p>{study.summary}</p>
                <button
                  type="button"
                  class="pb-button"
                  aria-label={fill(t.caseLoadLabel, { title: study.title })}
                  disabled={!editable}
                  onClick={() => loadCase(study)}
                >
                  {t.caseLoad}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <BoardExports
        lang={lang}
        chrome={ui}
        deals={deals}
        definitions={definitions}
        text={t}
        stages={stages}
      />
      <section class="pb-board-backup" aria-labelledby="board-backup-title">
        <h2 id="board-backup-title">{t.backupTitle}</h2>
        <p class="pb-help">
          {lastExportAt === null
            ? t.neverExported
            : fill(t.lastExport, { date: absoluteTime(lastExportAt, lang) })}
        </p>
        <div class="pb-board-buttons">
          <button
            type="button"
            class="pb-button"
            disabled={busy || deals.length === 0}
            onClick={() => void exportAll()}
          >
            {t.exportAll}
          </button>
          <button
            type="button"
            class="pb-button"
            disabled={busy || !editable}
            onClick={() => fileInput.current?.click()}
          >
            {t.importFile}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label={t.importFileLabel}
            hidden
            onChange={(e) => void onFileChosen(e.currentTarget)}
          />
        </div>
        {review && (
          <ImportReviewPanel
            lang={lang}
            t={t}
            review={review}
            existing={dealMap}
            untitled={ui.untitled}
            onChoice={(id, choice) => setReview({ ...review, choices: { ...review.choices, [id]: choice } })}
            onConfirm={() => void confirmImport()}
            onCancel={() => setReview(null)}
          />
        )}
      </section>

      <div
        id="board-toast"
        class={toast ? `pb-board-toast pb-board-toast-${toast.kind}` : 'pb-board-toast'}
        role="status"
        aria-live="polite"
        tabIndex={-1}
      >
        {toast && (
          <div class="pb-board-toast-body" key={toast.seq}>
            <p>{toast.text}</p>
            <div class="pb-board-buttons">
              {toast.kind === 'deleted' && lastDeleted?.id === toast.dealId && (
                <button type="button" id="board-toast-undo" class="pb-button pb-primary" onClick={undo}>
                  {t.undo}
                </button>
              )}
              {toast.kind === 'error' && toast.retry === true && (
                <button type="button" class="pb-button" onClick={() => saveAll()}>
                  {ui.retrySave}
                </button>
              )}
              <button type="button" class="pb-button" onClick={() => setToastState(null)}>
                {t.dismiss}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

function StageLinks({
  lang,
  t,
  stages,
  deal,
  reached,
}: {
  lang: Lang;
  t: BoardStrings;
  stages: readonly BoardStage[];
  deal: Deal;
  reached: number;
}) {
  return (
    <ol class="pb-board-stages">
      {stages.map((stage, index) => {
        const n = index + 1;
        const tool = STAGE_TOOLS[index];
        const started = tool !== undefined && toolHasAnswers(deal.answers[tool]);
        const next = n === Math.min(reached + 1, stages.length) && !started;
        return (
          <li key={stage.id} class={started ? 'pb-board-stage-started' : undefined}>
            <a href={localePath(lang, `/process/${stage.id}/#tool`)}>
              {fill(t.stageLink, { n, title: stage.title })}
            </a>
            {started && (
              <span class="pb-board-tick">
                <span aria-hidden="true">✓</span>
                <span class="pb-sr-only">{t.stageStarted}</span>
              </span>
            )}
            {next && <span class="pb-board-badge">{t.nextStage}</span>}
          </li>
        );
      })}
    </ol>
  );
}

function ImportReviewPanel({
  lang,
  t,
  review,
  existing,
  untitled,
  onChoice,
  onConfirm,
  onCancel,
}: {
  lang: Lang;
  t: BoardStrings;
  review: ImportReview;
  existing: Readonly<Record<string, Deal>>;
  untitled: string;
  onChoice: (id: string, choice: 'replace' | 'skip') => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const replacing = Object.values(review.choices).filter((choice) => choice === 'replace').length;
  return (
    <section class="pb-board-import" aria-labelledby="board-import-heading">
      <h3 id="board-import-heading" tabIndex={-1}>
        {fill(t.importTitle, { file: review.fileName })}
      </h3>
      <p>
        {review.deals.length === 0 ? t.importEmpty : fill(t.importSummary, { count: review.deals.length })}
      </p>
      <ul class="pb-board-import-list">
        {review.deals.map((deal) => {
          const name = deal.name.trim() || untitled;
          const label = deal.customer.trim() ? `${name} · ${deal.customer.trim()}` : name;
          const here = Object.hasOwn(existing, deal.id) ? existing[deal.id] : undefined;
          const action = review.plan.find((entry) => entry.id === deal.id)?.action ?? 'add';
          if (action === 'add' || !here) {
            return (
              <li key={deal.id}>
                <strong>{label}</strong> — {t.importWillAdd}
              </li>
            );
          }
          const choice = review.choices[deal.id] ?? 'skip';
          return (
            <li key={deal.id}>
              <fieldset>
                <legend>
                  <strong>{label}</strong>
                </legend>
                <p class="pb-help">
                  {fill(t.importExists, {
                    file: absoluteTime(deal.updatedAt, lang),
                    here: absoluteTime(here.updatedAt, lang),
                  })}
                </p>
                <label class="pb-inline">
                  <input
                    type="radio"
                    name={`board-import-${deal.id}`}
                    checked={choice === 'skip'}
                    onChange={() => onChoice(deal.id, 'skip')}
                  />
                  {t.importKeep}
                </label>
                <label class="pb-inline">
                  <input
                    type="radio"
                    name={`board-import-${deal.id}`}
                    checked={choice === 'replace'}
                    onChange={() => onChoice(deal.id, 'replace')}
                  />
                  {t.importReplace}
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p class="pb-warn-text" aria-live="polite">
        {replacing > 0 ? fill(t.importReplaceWarning, { count: replacing }) : ''}
      </p>
      <div class="pb-board-buttons">
        <button type="button" class="pb-button pb-primary" onClick={onConfirm}>
          {t.importConfirm}
        </button>
        <button type="button" class="pb-button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
