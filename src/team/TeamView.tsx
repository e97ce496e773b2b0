// The team view: load many reps' deals from export files and share links, in this
// page's memory only. Thin: reading and checking happen in sources.ts, and the report
// (charts, lists, class review) is a separate module, both loaded on first use (fetched
// ahead when the pointer, focus or a dragged file comes to the loading section).
import type { ComponentType } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { localePath } from '../i18n/lang';
import { startStorage } from '../storage/client';
import { $deals } from '../storage/index';
import { fill } from '../shared/fill';
import type { TeamViewProps } from './props';
import type { ParsedSource, SourceInput, SourceReport } from './sources';
import type { TeamReportProps } from './TeamReport';
import { LinksForm } from './LinksForm';
import { TeamTable } from './TeamTable';

type SourcesModule = typeof import('./sources');

const loadModules = () => Promise.all([import('./sources'), import('./TeamReport')]);
/** The modules loading a source needs, fetched on the first sign the user is about to load some. */
const prefetch = () => {
  loadModules().catch(() => undefined); // offline: loading itself says so, with the retry
};

/** Sources in the order to read them: skipped ones, then those with older copies left out, then the rest. */
function attentionFirst(reports: readonly SourceReport[]): { report: SourceReport; index: number }[] {
  const rank = (report: SourceReport) => (report.problem ? 0 : report.leftOut > 0 ? 1 : 2);
  return reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => rank(a.report) - rank(b.report) || a.index - b.index);
}

export function TeamView(props: TeamViewProps) {
  // The viewer's own workspace: read only, until "Copy into my deals" adds a deal.
  startStorage();
  const own = Object.keys(useStore($deals)).length;
  const { text: t } = props;
  // Every source read so far (listed as each arrives), and those the report shows: it is
  // drawn once the files of a pick are all read, not again for each file.
  const [sources, setSources] = useState<ParsedSource[]>([]);
  const [reported, setReported] = useState<ParsedSource[]>([]);
  // Forgetting while files are still being read: what arrives after it is dropped.
  const generationRef = useRef(0);
  const [mod, setMod] = useState<SourcesModule | null>(null);
  const [Report, setReport] = useState<ComponentType<TeamReportProps> | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const linkCountRef = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  async function load(read: (mod: SourcesModule) => SourceInput[] | Promise<SourceInput[]>) {
    setBusy(true);
    const started = generationRef.current;
    try {
      const [loaded, report] = await loadModules();
      const cache = report.teamSummaries(props.definitions);
      const inputs = await read(loaded);
      setMod(loaded);
      setReport(() => report.TeamReport);
      const arrived: ParsedSource[] = [];
      await loaded.parseSources(inputs, (source) => {
        if (generationRef.current !== started) return;
        // Each deal's summary now, a file at a time, rather than all at once when the report draws.
        for (const deal of source.deals) cache.get(deal);
        arrived.push(source);
        setSources((previous) => [...previous, source]);
      });
      if (generationRef.current === started) setReported((previous) => [...previous, ...arrived]);
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

  const loadLinks = (pasted: string) => {
    void load((loaded) =>
      loaded.splitLinks(pasted).map((link) => ({
        kind: 'link' as const,
        name: fill(t.linkName, { n: ++linkCountRef.current }),
        text: link,
      })),
    );
  };

  // Once per change of the sources: the report recomputes its figures when its list of deals
  // changes, so a redraw for anything else (reading, dragging) must hand it the same list.
  const team = useMemo(() => (mod ? mod.combineSources(sources) : null), [mod, sources]);
  const shown = useMemo(() => (mod ? mod.combineSources(reported) : null), [mod, reported]);
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
      <section
        class="pb-team-load"
        aria-labelledby="team-load-title"
        onPointerEnter={prefetch}
        onFocusIn={prefetch}
        onDragEnter={prefetch}
      >
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
        <LinksForm t={t} busy={busy} onLoad={loadLinks} />
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
            {/* Thirty good files make a long list: it opens by itself only when a source needs a look. */}
            <details class="pb-team-source-list" open={bad > 0 || team.superseded.length > 0 || undefined}>
              <summary>{t.sourcesShow}</summary>
              <TeamTable
                columns={[t.colSource, t.colDeals, t.colStatus]}
                aria-describedby="team-sources-summary"
              >
                {attentionFirst(team.reports).map(({ report, index }) => (
                  <tr key={index} data-problem={report.problem ? '' : undefined}>
                    <th scope="row">
                      {report.kind === 'file' ? t.kindFile : t.kindLink}: {report.name}
                    </th>
                    <td class="pb-team-count">{report.dealCount}</td>
                    <td>
                      {report.problem
                        ? fill(t.sourceSkipped, { reason: report.problem[props.lang] })
                        : report.leftOut > 0
                          ? fill(t.sourceLeftOut, { count: report.leftOut })
                          : t.sourceOk}
                    </td>
                  </tr>
                ))}
              </TeamTable>
            </details>
            <button
              type="button"
              class="pb-button"
              onClick={() => {
                generationRef.current++;
                setSources([]);
                setReported([]);
                // The summaries worked out for what is forgotten go too (the module is already here).
                loadModules()
                  .then(([, report]) => report.teamSummaries(props.definitions).keep([]))
                  .catch(() => undefined);
                linkCountRef.current = 0;
              }}
            >
              {t.forget}
            </button>
          </>
        )}
      </section>

      {shown !== null && shown.deals.length > 0 && Report && (
        <Report {...props} deals={shown.deals} sourceOf={shown.sourceOf} />
      )}
    </div>
  );
}
