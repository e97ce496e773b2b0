// A loaded deal's name in the team view: deals sharing a name are told apart by the
// file or link they came from, then by the end of their id.
import { describe, expect, it } from 'vitest';
import { dealName, distinctNames } from '../../src/team/names';
import { sampleDeal } from '../deals/sample';

describe('deal names in the team view', () => {
  it('keeps a unique name, adds the source to a shared one and the id where the source is shared too', () => {
    const deals = [
      sampleDeal({ id: 'a000000001', name: '鑫达建材 进销存+CRM' }),
      sampleDeal({ id: 'b000000002', name: '鑫达建材 进销存+CRM' }),
      sampleDeal({ id: 'c000000003', name: ' 鑫达建材 进销存+CRM ' }),
      sampleDeal({ id: 'd000000004', name: 'Own deal' }),
    ];
    const sourceOf = new Map([
      ['a000000001', 'trainee-1.json'],
      ['b000000002', 'trainee-2.json'],
      ['c000000003', 'trainee-2.json'],
      ['d000000004', 'rep.json'],
    ]);
    expect([...distinctNames(deals, sourceOf).values()]).toEqual([
      '鑫达建材 进销存+CRM · trainee-1.json',
      '鑫达建材 进销存+CRM · trainee-2.json · 0002',
      '鑫达建材 进销存+CRM · trainee-2.json · 0003',
      'Own deal',
    ]);
  });

  it('names a deal without a name by its customer', () => {
    expect(dealName({ name: ' ', customer: 'Acme' })).toBe('Acme');
    expect(dealName({ name: '', customer: '' })).toBe('—');
  });
});
