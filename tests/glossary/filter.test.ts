import { describe, expect, it } from 'vitest';
import { filterStatus, normalise, termMatches } from '../../src/glossary/filter';

describe('the glossary filter', () => {
  it('matches Chinese and English in the heading or the definition', () => {
    const term = '内线（Inside champion） 客户内部支持我们的人。';
    expect(termMatches(term, '内线')).toBe(true);
    expect(termMatches(term, 'champion')).toBe(true);
    expect(termMatches(term, '支持我们')).toBe(true);
    expect(termMatches(term, '预算')).toBe(false);
  });

  it('ignores case, spaces and full-width letters', () => {
    expect(termMatches('ERP 类管理软件', 'erp类')).toBe(true);
    expect(termMatches('Inside champion', 'ＩＮＳＩＤＥ  Champ')).toBe(true);
    expect(normalise(' A b ')).toBe('ab');
  });

  it('shows every term for an empty query', () => {
    expect(termMatches('任何术语', '   ')).toBe(true);
  });

  it('says how many terms show, or that none does', () => {
    const text = { count: '{shown} of {total}', none: 'No “{query}”' };
    expect(filterStatus('  ', 47, 47, text)).toBe('');
    expect(filterStatus('内线', 2, 47, text)).toBe('2 of 47');
    expect(filterStatus(' xyz ', 0, 47, text)).toBe('No “xyz”');
  });
});
