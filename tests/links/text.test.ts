import { describe, expect, it } from 'vitest';
import { linkText } from '../../src/links/text';

describe('linkText', () => {
  it('has every string in both languages, with the title placeholder where a name needs it', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = linkText(lang);
      for (const value of Object.values(text) as string[]) expect(value.trim()).not.toBe('');
      expect(text.section).toContain('{{title}}');
      expect(text.item).toContain('{{title}}');
    }
    expect(linkText('zh').section).toBe('复制本节链接：{{title}}');
    expect(linkText('en').copied).toBe('Link copied');
    expect(linkText('zh').copied).not.toBe(linkText('en').copied);
  });
});
