// The board's actions on deals and the state they drive (the create form, the rename
// form, the share panel, the printed summary): each action saves through the storage
// layer, says what it did in the message line, and puts focus where the rep goes next.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import type { ChromeStrings } from '../i18n/ui';
import { fill } from '../shared/fill';
import {
  $lastDeleted,
  createDeal,
  deleteDeal,
  duplicateDeal,
  importDeals,
  renameDeal,
  setCurrentDeal,
  undoDelete,
  type SaveResult,
} from '../storage/index';
import type { DealActions, RenameDraft } from './DealRow';
import type { BoardStrings } from './definition';
import { copyNameFrom } from './format';
import type { ToastInput } from './Toast';

export function useDealActions(context: {
  t: BoardStrings;
  ui: ChromeStrings;
  title: (deal: Pick<Deal, 'name'>) => string;
  showToast: (toast: ToastInput) => void;
  focusLater: (id: string) => void;
  exportOne: (deal: Deal) => Promise<void>;
}) {
  const { t, ui, title, showToast, focusLater } = context;
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<RenameDraft | null>(null);
  const [sharing, setSharing] = useState<string | null>(null);
  const [printing, setPrinting] = useState<string | null>(null);
  const pendingPrintRef = useRef(false);

  // Print once the summary asked for is on the page.
  useEffect(() => {
    if (!pendingPrintRef.current || printing === null) return;
    pendingPrintRef.current = false;
    window.print();
  });

  /** A failed save, said in the page's language (quota: what the rep typed is kept, with a retry). */
  function reportFailure(result: SaveResult): void {
    if (result.ok) return;
    if (result.reason === 'quota') showToast({ kind: 'error', text: ui.notSavedQuota, retry: true });
    else showToast({ kind: 'error', text: fill(t.toastFailed, { message: result.message }) });
  }

  function create(name: string, customer: string): boolean {
    const result = createDeal(name, customer);
    if (!result.ok) {
      reportFailure(result);
      // Over the quota the deal is kept in this tab: the form is done.
      if (result.reason !== 'quota') return false;
    } else {
      showToast({ kind: 'info', text: fill(t.toastCreated, { name: name || ui.untitled }) });
    }
    setCreating(false);
    focusLater('board-current-heading');
    return true;
  }

  /** Saves a deal made elsewhere (a case study, a shared link) as a new deal and opens it. */
  function addNewDeal(deal: Deal, message: string): boolean {
    const failed = importDeals([deal]).find((result) => !result.ok);
    if (failed) {
      reportFailure(failed);
      return false;
    }
    const opened = setCurrentDeal(deal.id);
    if (!opened.ok) reportFailure(opened);
    showToast({ kind: 'info', text: fill(message, { name: title(deal) }) });
    focusLater('board-current-heading');
    return true;
  }

  const actions: DealActions = {
    open(deal) {
      const result = setCurrentDeal(deal.id);
      if (!result.ok) return reportFailure(result);
      showToast({ kind: 'info', text: fill(t.toastOpened, { name: title(deal) }) });
      focusLater('board-current-heading');
    },
    startRename(deal) {
      setRenaming({ id: deal.id, name: deal.name, customer: deal.customer });
      focusLater('board-rename-name');
    },
    editRename: setRenaming,
    submitRename(event) {
      event.preventDefault();
      if (!renaming) return;
      const result = renameDeal(renaming.id, { name: renaming.name, customer: renaming.customer });
      if (!result.ok) return reportFailure(result);
      showToast({ kind: 'info', text: fill(t.toastRenamed, { name: renaming.name.trim() || ui.untitled }) });
      focusLater(`board-rename-${renaming.id}`);
      setRenaming(null);
    },
    cancelRename() {
      if (renaming) focusLater(`board-rename-${renaming.id}`);
      setRenaming(null);
    },
    duplicate(deal) {
      const name = copyNameFrom(t.copyName, deal.name.trim() || ui.untitled);
      const result = duplicateDeal(deal.id, name);
      if (!result.ok) return reportFailure(result);
      showToast({ kind: 'info', text: fill(t.toastDuplicated, { name }) });
      if (result.dealId) focusLater(`board-row-${result.dealId}`);
    },
    exportOne: (deal) => void context.exportOne(deal),
    toggleShare: (deal) => setSharing(sharing === deal.id ? null : deal.id),
    print(deal) {
      setPrinting(deal.id);
      pendingPrintRef.current = true;
      focusLater('deal-summary');
    },
    remove(deal) {
      if (renaming?.id === deal.id) setRenaming(null);
      if (!deleteDeal(deal.id)) {
        showToast({ kind: 'error', text: fill(t.toastFailed, { message: title(deal) }) });
        return;
      }
      showToast({ kind: 'deleted', dealId: deal.id, text: fill(t.toastDeleted, { name: title(deal) }) });
      focusLater('board-toast-undo');
    },
  };

  function undo() {
    const deal = $lastDeleted.get();
    const result = undoDelete();
    if (!result.ok || !deal) return reportFailure(result);
    showToast({ kind: 'info', text: fill(t.toastRestored, { name: title(deal) }) });
    focusLater(`board-row-${deal.id}`);
  }

  return {
    creating,
    setCreating,
    renaming,
    sharing,
    setSharing,
    printing,
    setPrinting,
    actions,
    create,
    addNewDeal,
    undo,
  };
}
