// The sample deals for training: each can be loaded as a new deal. Once loaded, the
// case says so where the reader is and links on to the deal's next stage (focus goes
// there, so the page does not jump).
import { fill } from '../shared/fill';
import type { CaseStudy } from './case-study-deal';
import type { BoardStrings } from './definition';

export function CaseStudies(props: {
  t: BoardStrings;
  cases: readonly CaseStudy[];
  editable: boolean;
  onLoad: (study: CaseStudy) => void;
  /** A case loaded here, as its deal's name and the link on to its next stage. */
  loaded: (study: CaseStudy) => { name: string; href: string; text: string } | null;
}) {
  const { t, cases } = props;
  if (cases.length === 0) return null;
  return (
    <section class="pb-board-cases" aria-labelledby="board-cases-title">
      <h2 id="board-cases-title">{t.casesTitle}</h2>
      <p class="pb-help">{t.casesIntro}</p>
      <ul class="pb-board-case-list">
        {cases.map((study) => {
          const loaded = props.loaded(study);
          return (
            <li key={study.id} id={`board-case-${study.id}`} data-case={study.id}>
              <strong>{study.title}</strong>
              <p>{study.summary}</p>
              <button
                type="button"
                class="pb-button"
                aria-label={fill(t.caseLoadLabel, { title: study.title })}
                disabled={!props.editable}
                onClick={() => props.onLoad(study)}
              >
                {t.caseLoad}
              </button>
              {loaded && (
                <p class="pb-board-case-loaded">
                  {fill(t.caseLoaded, { name: loaded.name })}{' '}
                  <a id={`board-case-continue-${study.id}`} href={loaded.href}>
                    {loaded.text}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
