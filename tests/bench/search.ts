/** The first search after intent: ms from the dialog opening to its first results, both languages. */
import { median, type Bench } from './context.ts';
import { SEARCH_QUERY, searchOpenMs } from './search-open.ts';

const RUNS = 5;

export async function searchSection(bench: Bench): Promise<void> {
  const { say } = bench;
  say('## The first search');
  say();
  say(
    'Method: a reading page (the glossary) loaded to network idle with no search code fetched; then the ' +
      'pointer moves over the search button (intent), the button is clicked and the query typed. Figure: ms ' +
      `from the dialog opening to the first result shown, median of ${RUNS} fresh pages (cold cache each).`,
  );
  say();
  say('| language | query | median (ms) | best | worst |');
  say('| --- | --- | ---: | ---: | ---: |');
  for (const lang of ['zh', 'en'] as const) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await bench.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      times.push(await searchOpenMs(page, bench.base, lang));
      await context.close();
    }
    say(
      `| ${lang} | ${SEARCH_QUERY[lang]} | ${median(times)} | ${Math.min(...times)} | ${Math.max(...times)} |`,
    );
  }
  say();
}
