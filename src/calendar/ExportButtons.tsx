// "Download as spreadsheet" and "Add to calendar" for a list of deals (the deal board,
// the team view). The work happens in downloads.ts, loaded on the first click.
import { useState } from 'preact/hooks';
import type { BoardStrings } from '../board/definition';
import { VERDICT_KEY } from '../board/format';
import type { Deal } from '../deals/schema';
import type { SummaryDefinitions, Verdict } from '../board/summary';
import type { Lang } from '../i18n/lang';
import type { ChromeStrings } from '../i18n/ui';
import { fill } from '../shared/fill';

interface Props {
  lang: Lang;
  /** The shared chrome's strings: the buttons and their messages. */
  text: ChromeStrings;
  deals: readonly Deal[];
  definitions: SummaryDefinitions;
  /** The board's strings: the verdicts' names. */
  boardText: BoardStrings;
  /** Stage titles, stage 1 first. */
  stages: readonly { title: string }[];
  /** Prefix for element ids, unique on the page. */
  id: string;
}

export function ExportButtons({ lang, text, deals, definitions, boardText, stages, id }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: (mod: typeof import('./downloads')) => Promise<string>) {
    setBusy(true);
    try {
      setMessage({ text: await action(await import('./downloads')), error: false });
    } catch {
      setMessage({ text: text.downloadFailed, error: true });
    } finally {
      setBusy(false);
    }
  }

  const sheet = () =>
    void run(async (mod) => {
      const verdicts = Object.fromEntries(
        Object.entries(VERDICT_KEY).map(([verdict, key]) => [verdict, boardText[key]]),
      ) as Record<Verdict, string>;
      const count = await mod.downloadSheet(
        deals,
        definitions,
        { verdicts, stages: stages.map((s) => s.title) },
        lang,
      );
      return count === 0 ? text.sheetNone : fill(text.sheetDone, { count });
    });
  const calendar = () =>
    void run(async (mod) => {
      const count = await mod.downloadCalendar(deals, lang);
      return count === 0 ? text.calendarNone : fill(text.calendarDone, { count });
    });

  return (
    <div class="pb-export-buttons">
      <div class="pb-board-buttons">
        <button type="button" class="pb-button" id={`${id}-sheet`} disabled={busy} onClick={sheet}>
          {text.sheetDownload}
        </button>
        <button type="button" class="pb-button" id={`${id}-calendar`} disabled={busy} onClick={calendar}>
          {text.calendarAddAll}
        </button>
      </div>
      <p class="pb-export-status" role="status" data-error={message?.error ? '' : undefined}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
