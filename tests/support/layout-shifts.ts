/** Layout shifts as the browser itself reports them (layout-shift entries), from the page's first moment. */
import type { Page } from '@playwright/test';

interface Shift {
  value: number;
  time: number;
  input: boolean;
  /** The elements that moved. */
  nodes: (Node | null)[];
}

/** Records every layout shift with its time; call before `page.goto`. */
export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; time: number; input: boolean; nodes: (Node | null)[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        startTime: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      }[])
        shifts.push({
          value: entry.value,
          time: entry.startTime,
          input: entry.hadRecentInput,
          nodes: entry.sources.map((source) => source.node),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The layout shift not caused by the reader's input since `since` (performance.now(); 0 = the
 * page's start); with `within`, only shifts that moved an element inside that selector.
 */
export function shiftSince(page: Page, since = 0, within?: string): Promise<number> {
  return page.evaluate(
    ({ since, within }) =>
      (window as unknown as { __shifts: Shift[] }).__shifts
        .filter((s) => s.time >= since && !s.input)
        .filter(
          (s) =>
            within === undefined ||
            s.nodes.some((node) =>
              (node instanceof Element ? node : (node?.parentElement ?? null))?.closest(within),
            ),
        )
        .reduce((sum, s) => sum + s.value, 0),
    { since, within },
  );
}
