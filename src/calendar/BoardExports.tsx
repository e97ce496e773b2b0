// The deal board's section for the tools reps already use: the calendar and the
// spreadsheet, for all deals, and the way to the team view.
import type { BoardStrings } from '../board/definition';
import type { Deal } from '../deals/schema';
import type { SummaryDefinitions } from '../board/summary';
import { localePath, type Lang } from '../i18n/lang';
import type { ChromeStrings } from '../i18n/ui';
import { ExportButtons } from './ExportButtons';

interface Props {
  lang: Lang;
  chrome: ChromeStrings;
  deals: readonly Deal[];
  definitions: SummaryDefinitions;
  text: BoardStrings;
  stages: readonly { title: string }[];
}

export function BoardExports({ lang, chrome, deals, definitions, text, stages }: Props) {
  return (
    <section class="pb-board-exports" aria-labelledby="board-exports-title">
      <h2 id="board-exports-title">{chrome.exportsTitle}</h2>
      {deals.length > 0 && (
        <>
          <p class="pb-help">{chrome.exportsHelp}</p>
          <ExportButtons
            lang={lang}
            text={chrome}
            deals={deals}
            definitions={definitions}
            boardText={text}
            stages={stages}
            id="board-exports"
          />
        </>
      )}
      <p>
        <a href={localePath(lang, '/team/')}>{chrome.teamLink}</a>
      </p>
    </section>
  );
}
