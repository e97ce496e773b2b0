// The box for pasted share links. It keeps what is typed to itself: typing then redraws
// only this form, never the report of a few hundred loaded deals beside it.
import { useState } from 'preact/hooks';
import type { TeamStrings } from './definition';

interface Props {
  t: TeamStrings;
  busy: boolean;
  /** Called with the pasted text when the form is sent; the box then empties. */
  onLoad: (text: string) => void;
}

export function LinksForm({ t, busy, onLoad }: Props) {
  const [links, setLinks] = useState('');
  return (
    <form
      class="pb-team-links"
      onSubmit={(event) => {
        event.preventDefault();
        onLoad(links);
        setLinks('');
      }}
    >
      <label for="team-links">{t.linksLabel}</label>
      <textarea id="team-links" rows={3} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
      <button type="submit" class="pb-button" disabled={busy || links.trim() === ''}>
        {t.loadLinks}
      </button>
    </form>
  );
}
