import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkStableAnchors, { readMarker } from '../../src/markdown/remark-stable-anchors.ts';

async function render(mdx: string): Promise<string> {
  const file = await compile(mdx, { remarkPlugins: [remarkStableAnchors] });
  return String(file);
}

describe('readMarker', () => {
  it.each([
    ['/* #size */', 'size'],
    ['/*#purchase-plan*/', 'purchase-plan'],
    [' /* #event-11 */ ', 'event-11'],
  ])('reads %s as %s', (value, id) => {
    expect(readMarker(value)).toBe(id);
  });

  it.each(['/* size */', '/* #Size */', '/* #a b */', 'x', '/* #-a */', '/* #a- */'])(
    'ignores %s',
    (value) => {
      expect(readMarker(value)).toBeUndefined();
    },
  );
});

describe('remarkStableAnchors', () => {
  it('puts the marked id on the heading and drops the marker from its text', async () => {
    const js = await render('## 企业规模 {/* #size */}\n\nText.');
    expect(js).toContain('id: "size"');
    expect(js).toContain('"企业规模"');
    expect(js).not.toContain('#size');
  });

  it('keeps the id when the heading is reworded', async () => {
    const before = await render('## 企业规模 {/* #size */}');
    const after = await render('## 企业的规模大小 {/* #size */}');
    expect(before).toContain('id: "size"');
    expect(after).toContain('id: "size"');
  });

  it('leaves headings without a marker alone', async () => {
    const js = await render('## Plain heading\n\n## Other {1 + 1}');
    expect(js).not.toContain('id:');
    expect(js).toContain('1 + 1');
  });
});
