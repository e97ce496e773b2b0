// "Add to calendar" on a tool with dates: the current deal's dated items as an .ics
// file. An island of its own, mounted by the shared tool frame (ToolShell.astro) on
// the tools whose items hold dates; the download code loads on the first click.
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { langOfPath } from '../i18n/lang';
import type { ChromeStrings } from '../i18n/ui';
import { $currentDeal } from '../storage/index';
import { useStagedStart } from '../storage/useStagedStart';
import { fill } from '../shared/fill';

interface Props {
  text: ChromeStrings;
  tool: string;
}

export function CalendarButton({ text, tool }: Props) {
  const mode = useStagedStart();
  const deal = useStore($currentDeal);
  const [message, setMessage] = useState('');
  if (mode === 'loading' || !deal) return null;

  async function download() {
    if (!deal) return;
    try {
      const { downloadCalendar } = await import('./downloads');
      // The page's language, as every page names it: from its path.
      const count = await downloadCalendar([deal], langOfPath(location.pathname));
      setMessage(count === 0 ? text.calendarNone : fill(text.calendarDone, { count }));
    } catch {
      setMessage(text.downloadFailed);
    }
  }

  return (
    <div class="pb-calendar-button">
      <button type="button" class="pb-button" id={`${tool}-calendar`} onClick={() => void download()}>
        {text.calendarAdd}
      </button>
      <span role="status">{message}</span>
    </div>
  );
}
