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
  bars: readonly ChartBar[];
  t: TeamStrings;
  onSelect: (bar: ChartBar) => void;
}

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 250;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 40;

export function BarChart({ id, title, help, bars, t, onSelect }: Props) {
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
          viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{fill(t.chartAlt, { title, values })}</desc>
          {bars.map((bar, index) => {
            const y = index * ROW + 4;
            const width = (bar.deals.length / max) * BAR_WIDTH;
            return (
              <g
                key={bar.label}
                class="pb-team-bar"
                data-count={bar.deals.length}
                onClick={() => onSelect(bar)}
              >
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle">
                  {Array.from(bar.label).length > 18
                    ? `${Array.from(bar.label).slice(0, 17).join('')}…`
                    : bar.label}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 4}
                  width={Math.max(width, bar.deals.length > 0 ? 2 : 0)}
                  height={ROW - 8}
                  rx={3}
                />
                <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominant-baseline="middle">
                  {bar.deals.length}
                </text>
              </g>
            );
          })}
        </svg>
        <TeamTable columns={[t.colFigure, t.colCount]} data-chart={id}>
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
