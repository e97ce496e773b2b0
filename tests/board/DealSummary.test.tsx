// @vitest-environment jsdom
// The printable deal summary shows implementation progress, with a step marked not applicable.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DealSummary } from '../../src/board/DealSummary';
import { summarizeDeal } from '../../src/board/summary';
import { sampleDeal } from '../deals/sample';
import { boardProps, definitions } from './props';

afterEach(cleanup);

function show(
  lang: 'zh' | 'en',
  implementation: Record<string, { done?: boolean; date?: string; notApplicable?: boolean }>,
) {
  const props = boardProps(lang);
  const deal = sampleDeal({ answers: { implementation } });
  render(
    <DealSummary
      lang={lang}
      t={props.text}
      deal={deal}
      summary={summarizeDeal(deal, definitions)}
      definitions={definitions}
      labels={props.labels}
      stages={props.stages}
      now={new Date('2026-12-01T00:00:00Z')}
      onPrint={() => undefined}
      onClose={() => undefined}
    />,
  );
  return document.querySelector('[data-implementation]');
}

const SMALL_CUSTOMER = {
  'step-1': { done: true, date: '2026-11-20' },
  'step-2': { done: true, date: '2026-11-25' },
  'step-3': { notApplicable: true },
  'step-4': { done: true, date: '2026-12-20' },
};

describe('DealSummary: implementation', () => {
  it('counts a step marked not applicable as settled, and names it (en)', () => {
    const line = show('en', SMALL_CUSTOMER);
    expect(line?.getAttribute('data-implementation')).toBe('complete');
    expect(line?.textContent).toBe(
      'Implementation: 3 of 4 steps done (not applicable: Run as a project (project-type customers))',
    );
  });

  it('does the same in Chinese', () => {
    const line = show('zh', SMALL_CUSTOMER);
    expect(line?.getAttribute('data-implementation')).toBe('complete');
    expect(line?.textContent).toBe('实施：已完成 3/4 步（不适用：按项目运作（项目型客户））');
  });

  it('is open while a step is neither done nor marked not applicable', () => {
    const line = show('en', { ...SMALL_CUSTOMER, 'step-3': {} });
    expect(line?.getAttribute('data-implementation')).toBe('open');
  });
});
