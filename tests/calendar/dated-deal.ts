import type { Deal } from '../../src/deals/schema';
import { sampleDeal } from '../deals/sample';

/** A deal with a date on every kind of dated item, and dates the tools ignore. */
export function datedDeal(overrides: Partial<Deal> = {}): Deal {
  return sampleDeal({
    id: 'dated00001',
    name: 'Xinda 进销存',
    answers: {
      events: {
        'event-1': { picked: true, evidence: '', owner: '', date: '2026-12-31', talkingPoint: '' },
        // Not picked: its date is not the deal's.
        'event-2': { picked: false, evidence: '', owner: '', date: '2026-12-01', talkingPoint: '' },
        'event-8': { picked: true, evidence: '', owner: '', date: 'soon', talkingPoint: '' },
      },
      demo: { 'demo-date': '2026-12-03' },
      negotiation: {
        'close-date': '2027-01-15',
        'trial-agreement': { signed: true, date: '2026-12-10', note: '' },
      },
      implementation: { 'step-1': { done: true, date: '2027-02-01' }, 'step-2': { done: false, date: '' } },
    },
    ...overrides,
  });
}
