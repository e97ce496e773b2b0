// One figure of the team view: a bar chart (SVG, with a title and a description that
// reads out every value) and a table of the same figures beside it. Every bar and
// every number in the table lists the deals behind it.
import type { Deal } from '../deals/schema';
import { fill } from '../shared/fill';
import type { TeamStrings } from './definition';
import { TeamTable } from './TeamTable';

export interface ChartBar {
  label: string;
  deals: readonly Deal[];
}

interface Props {
  id: string;
  title: string;
  help?: string;
  /** The head of the table's first column: what a row counts (a stage, a verdict…). */
  column: string;
  bars: readonly ChartBar[];
  t: TeamStrings;
  onSelect: (bar: ChartBar) => void;
}

// Each bar has its label on a line above it, across the chart's whole width: the label
// is never cut short to a few letters, and the text stays readable at a phone's width.
const LABEL = 18;
const BAR = 16;
const ROW = LABEL + BAR + 10;
const WIDTH = 400;
const BAR_WIDTH = 350;
const MAX_LABEL = 44;

/** A label that fits the chart's width; the table beside it has the whole label. */
function shortLabel(label: string): string {
  const chars = Array.from(label);
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : label;
}

export function BarChart({ id, title, help, column, bars, t, onSelect }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.deals.length));
  const values = bars.map((bar) => `${bar.label} ${bar.deals.length}`).join('; ');
  return (
    <section class="pb-team-figure" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {help && <p class="pb-help">{help}</p>}
      <div class="pb-team-figure-body">
        <svg
          class="pb-team-chart"
          role="img"
          aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
          viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{fill(t.chartAlt, { title, values })}</desc>
          {bars.map((bar, index) => {
            const y = index * ROW;
            const width = (bar.deals.length / max) * BAR_WIDTH;
            return (
              <g
                key={bar.label}
                class="pb-team-bar"
                data-count={bar.deals.length}
                onClick={() => onSelect(bar)}
              >
                <text x={0} y={y + LABEL - 5}>
                  {shortLabel(bar.label)}
                </text>
                <rect
                  x={0}
                  y={y + LABEL}
                  width={Math.max(width, bar.deals.length > 0 ? 2 : 0)}
                  height={BAR}
                  rx={3}
                />
                <text x={width + 6} y={y + LABEL + BAR / 2} dominant-baseline="middle">
                  {bar.deals.length}
                </text>
              </g>
            );
          })}
        </svg>
        <TeamTable columns={[column, t.colCount]} data-chart={id}>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td class="pb-team-count">
                {bar.deals.length === 0 ? (
                  '0'
                ) : (
                  <button
                    type="button"
                    class="pb-link-button"
                    aria-label={fill(t.showDealsLabel, { count: bar.deals.length, label: bar.label })}
                    onClick={() => onSelect(bar)}
                  >
                    {fill(t.showDeals, { count: bar.deals.length })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </TeamTable>
      </div>
    </section>
  );
}
