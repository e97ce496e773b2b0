// The team view works out each deal's summary while its file loads; the report then takes
// them from the same cache, so drawing two hundred deals computes none again.
import { describe, expect, it } from 'vitest';
import { progressDefinitions } from '../../src/board/board-data';
import { DATED_FIELDS } from '../../src/calendar/fields';
import { pipeline } from '../../src/team/pipeline';
import { teamSummaries } from '../../src/team/summaries';
import { definitions, PURSUE } from '../board/props';
import { fullAnswers } from '../board/deals';
import { sampleDeal } from '../deals/sample';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const deals = [
  sampleDeal({ id: 's1', name: 'Nothing yet', answers: {} }),
  sampleDeal({ id: 's2', name: 'Qualified', answers: { qualification: PURSUE } }),
  sampleDeal({ id: 's3', name: 'Done', answers: fullAnswers() }),
];

describe('the team view’s summaries', () => {
  it('are one cache per page’s definitions', () => {
    expect(teamSummaries(definitions)).toBe(teamSummaries(definitions));
    expect(teamSummaries(progressDefinitions())).not.toBe(teamSummaries(definitions));
  });

  it('give the pipeline the summaries worked out while loading, computing none again', () => {
    const cache = teamSummaries(definitions);
    cache.keep([]);
    for (const deal of deals) cache.get(deal);
    const computed = cache.computed;

    const figures = pipeline(deals, definitions, DATED_FIELDS, NOW, cache.get);

    expect(cache.computed).toBe(computed);
    // The same figures as summaries worked out on the spot.
    const fresh = pipeline(deals, definitions, DATED_FIELDS, NOW);
    expect(figures.summaries).toEqual(fresh.summaries);
    expect(figures.funnel.map((bar) => bar.deals.map((d) => d.id))).toEqual(
      fresh.funnel.map((bar) => bar.deals.map((d) => d.id)),
    );
    expect(figures.verdicts.map((bar) => bar.deals.length)).toEqual([2, 0, 0, 1]);
  });
});
