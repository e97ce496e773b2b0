import type { Deal } from '../../src/deals/schema';

/** A valid deal with every kind of answer. */
export function sampleDeal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: 'k3j9x0a1b2',
    name: 'Acme renewal',
    customer: 'Acme 有限公司',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-21T09:30:00.000Z',
    answers: {
      qualification: { budget: 'Approved, 120k', 'decision-maker': true, score: 3, timeline: null },
      events: {
        'contract-end': {
          picked: true,
          evidence: 'Email 12 Nov',
          owner: 'CFO',
          date: '2027-01-31',
          talkingPoint: 'Avoid lapse',
        },
      },
      close: { 'paper-process': ['legal', 'procurement'] },
    },
    notes: 'Met the CFO.\n下周跟进。',
    rev: 4,
    ...overrides,
  };
}
