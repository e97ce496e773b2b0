// The team view: load many reps' deals from export files and share links, in this
// page's memory only. Thin: reading and checking happen in sources.ts, and the report
// (charts, lists, class review) is a separate module, both loaded on first use.
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { localePath } from '../i18n/lang';
import { startStorage } from '../storage/client';
import { $deals } from '../storage/index';
import { fill } from '../shared/fill';
import type { TeamViewProps } from './props';
import type { ParsedSource, SourceInput } from './sources';
import type { TeamReportProps } from './TeamReport';

type SourcesModule = typeof import('./sources');

export function TeamView(props: TeamViewProps) {
  // The viewer's own workspace: read only, until "Copy into my deals" adds a deal.
  startStorage();
  const own = Object.keys(useStore($deals)).length;
  const { text: t } = props;
  const [sources, setSources] = useState<ParsedSource[]>([]);
  const [mod, setMod] = useState<SourcesModule | null>(null);
  const [Report, setReport] = useState<ComponentType<TeamReportProps> | null>(null);
  const [busy, setBusy] = useState(false);
  const [links, setLinks] = useState('');
  const [dragging, setDragging] = useState(false);
  const linkCountRef = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  async function load(read: (mod: SourcesModule) => SourceInput[] | Promise<SourceInput[]>) {
    setBusy(true);
    try {
      const [loaded, report] = await Promise.all([import('./sources'), import('./TeamReport')]);
      const inputs = await read(loaded);
      const parsed = await Promise.all(inputs.map((input) => loaded.parseSource(input)));
      setMod(loaded);
      setReport(() => report.TeamReport);
      setSources((previous) => [...previous, ...parsed]);
    } finally {
      setBusy(false);
    }
  }

  const loadFiles = (files: FileList | null) => {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    void load((loaded) =>
      Promise.all(
        list.map(async (file) => ({
          kind: 'file' as const,
          name: file.name,
          text: await loaded.readSourceFile(file),
        })),
      ),
    );
  };

  const loadLinks = (event: Event) => {
    event.preventDefault();
    const pasted = links;
    void load((loaded) =>
      loaded.splitLinks(pasted).map((link) => ({
        kind: 'link' as const,
        name: fill(t.linkName, { n: ++linkCountRef.current }),
        text: link,
      })),
    );
    setLinks('');
  };

  const team = mod ? mod.combineSources(sources) : null;
  const bad = team?.reports.filter((r) => r.problem !== null).length ?? 0;

  return (
    // pb-board-live: the board's frame (layout, print just the open summary, the test hooks).
    <div class="pb-board-live pb-team-live" data-ready="">
      <p class="pb-notice pb-team-memory">
        {t.memory}{' '}
        <a href={localePath(props.lang, '/deals/')} data-own-deals={own}>
          {fill(t.ownDeals, { count: own })}
        </a>
      </p>
      <section class="pb-team-load" aria-labelledby="team-load-title">
        <h2 id="team-load-title">{t.loadTitle}</h2>
        <p class="pb-help">{t.loadHelp}</p>
        <div
          class="pb-team-drop"
          data-dragging={dragging ? '' : undefined}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            loadFiles(e.dataTransfer?.files ?? null);
          }}
        >
          <button
            type="button"
            class="pb-button pb-primary"
            disabled={busy}
            onClick={() => fileInput.current?.click()}
          >
            {t.pickFiles}
          </button>
          <span>{t.dropHere}</span>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept="application/json,.json"
            aria-label={t.pickFilesLabel}
            hidden
            onChange={(e) => {
              loadFiles(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <form class="pb-team-links" onSubmit={loadLinks}>
          <label for="team-links">{t.linksLabel}</label>
          <textarea id="team-links" rows={3} value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
          <button type="submit" class="pb-button" disabled={busy || links.trim() === ''}>
            {t.loadLinks}
          </button>
        </form>
        <p role="status" class="pb-team-busy">
          {busy ? t.reading : ''}
        </p>
      </section>

      <section class="pb-team-sources" aria-labelledby="team-sources-title">
        <h2 id="team-sources-title">{t.sourcesTitle}</h2>
        {team === null || team.reports.length === 0 ? (
          <p>{t.nothing}</p>
        ) : (
          <>
            <p id="team-sources-summary" role="status">
              {fill(t.sourcesCaption, {
                deals: team.deals.length,
                ok: team.reports.length - bad,
                bad,
                dupes: team.superseded.length,
              })}
            </p>
            <div class="pb-table-wrap">
              <table class="pb-team-table" aria-describedby="team-sources-summary">
                <thead>
                  <tr>
                    <th scope="col">{t.colSource}</th>
                    <th scope="col">{t.colDeals}</th>
                    <th scope="col">{t.colStatus}</th>
                  </tr>
                </thead>
                <tbody>
                  {team.reports.map((report, index) => (
                    <tr key={index} data-problem={report.problem ? '' : undefined}>
                      <th scope="row">
                        {report.kind === 'file' ? t.kindFile : t.kindLink}: {report.name}
                      </th>
                      <td>{report.dealCount}</td>
                      <td>
                        {report.problem
                          ? fill(t.sourceSkipped, { reason: report.problem[props.lang] })
                          : report.leftOut > 0
                            ? fill(t.sourceLeftOut, { count: report.leftOut })
                            : t.sourceOk}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button
              type="button"
              class="pb-button"
              onClick={() => {
                setSources([]);
                linkCountRef.current = 0;
              }}
            >
              {t.forget}
            </button>
          </>
        )}
      </section>

      {team !== null && team.deals.length > 0 && Report && <Report {...props} deals={team.deals} />}
    </div>
  );
}
