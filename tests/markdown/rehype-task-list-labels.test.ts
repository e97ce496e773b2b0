import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeTaskListLabels from '../../src/markdown/rehype-task-list-labels.ts';

async function html(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeTaskListLabels)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('rehypeTaskListLabels', () => {
  it('labels each task checkbox with its own item text', async () => {
    const out = await html('- [ ] 已约定会面\n- [x] Budget **confirmed**\n');
    expect(out).toContain('<label><input type="checkbox" disabled> 已约定会面</label>');
    expect(out).toContain(
      '<label><input type="checkbox" checked disabled> Budget <strong>confirmed</strong></label>',
    );
  });

  it('keeps a nested list outside the label', async () => {
    const out = await html('- [ ] Parent\n  - [ ] Child\n');
    expect(out).toMatch(/<label><input type="checkbox" disabled> Parent\n?<\/label>\s*<ul/);
    expect(out).toContain('<label><input type="checkbox" disabled> Child</label>');
  });

  it('labels items of a loose list inside their paragraph', async () => {
    const out = await html('- [ ] One\n\n- [ ] Two\n');
    expect(out).toContain('<p><label><input type="checkbox" disabled> One</label></p>');
  });

  it('leaves ordinary list items alone', async () => {
    expect(await html('- plain\n')).toBe('<ul>\n<li>plain</li>\n</ul>');
  });
});
