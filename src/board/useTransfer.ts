// Export and import on the board: the file code loads only when used, a file holding
// every deal answers the export reminder, and an import is reviewed before it writes.
import { useState } from 'preact/hooks';
import type { Deal } from '../deals/schema';
import type { Lang } from '../i18n/lang';
import { fill } from '../shared/fill';
import { $deals, importDeals, markExported } from '../storage/index';
import type { BoardStrings } from './definition';
import { identicalIds } from './deal-match';
import { exportFileName, importCounts } from './format';
import { byRecent } from '../deals/order';
import type { ImportReview } from './ImportReview';
import type { ToastInput } from './Toast';
import { downloadText, loadExportImport, readImportFile } from './transfer';

export function useTransfer(context: {
  lang: Lang;
  t: BoardStrings;
  title: (deal: Pick<Deal, 'name'>) => string;
  showToast: (toast: ToastInput) => void;
  clearToast: () => void;
  focusLater: (id: string) => void;
}) {
  const { lang, t, title, showToast, focusLater } = context;
  const [busy, setBusy] = useState(false);
  const [review, setReview] = useState<ImportReview | null>(null);

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

  const exportAll = () =>
    exportList(Object.values($deals.get()).toSorted(byRecent), exportFileName(new Date()));
  const exportOne = (deal: Deal) => exportList([deal], exportFileName(new Date(), title(deal)));

  async function chooseFile(input: HTMLInputElement) {
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
      // Deals already here with the same content are skipped without asking.
      const identical = identicalIds($deals.get(), parsed.deals);
      const choices: Record<string, 'replace' | 'skip'> = {};
      for (const entry of parsed.plan)
        if (entry.action === 'replace' && !identical.includes(entry.id)) choices[entry.id] = 'skip';
      setReview({ fileName: file.name, deals: parsed.deals, plan: parsed.plan, choices, identical });
      // An older message would only cover the review's buttons.
      context.clearToast();
      focusLater('board-import-heading');
    } finally {
      setBusy(false);
    }
  }

  async function confirmImport() {
    if (!review) return;
    const mod = await loadExportImport();
    const existing = $deals.get();
    const skipped = Object.fromEntries(review.identical.map((id) => [id, 'skip' as const]));
    const toWrite = mod.dealsToWrite(existing, { deals: review.deals }, { ...review.choices, ...skipped });
    const counts = importCounts(existing, review.deals, toWrite);
    const same = review.identical.length;
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
      const text = fill(t.toastImported, { ...counts, kept: counts.kept - same });
      showToast({
        kind: 'info',
        text: same > 0 ? `${text} ${fill(t.toastImportedSame, { count: same })}` : text,
      });
    }
    focusLater('board-toast');
  }

  return { busy, review, setReview, exportAll, exportOne, chooseFile, confirmImport };
}
