// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { showResults, type ResultData } from '../../src/search/results-view';

const page = (title: string, url: string, excerpt: string, sections: ResultData['sub_results'] = []) => ({
  url,
  excerpt,
  meta: { title },
  sub_results: sections,
});

describe('showResults', () => {
  it('draws the message and each page, with its sections where the words occur most', () => {
    const frame = document.createElement('div');
    showResults(frame, {
      message: '下面是“拿到 尾款”的 2 个结果',
      pages: [
        page('实施与项目操作', '/process/implementation/', '收<mark>尾款</mark>', [
          { title: '实施与项目操作', url: '/process/implementation/', excerpt: '', locations: [1, 2, 3] },
          {
            title: '4. 收尾款',
            url: '/process/implementation/#step-4',
            excerpt: '<mark>尾款</mark>',
            locations: [5, 6],
          },
          { title: '工具', url: '/process/implementation/#tool', excerpt: '', locations: [9] },
        ]),
        page('术语表', '/glossary/', '<mark>尾款</mark>（Final payment）'),
      ],
    });
    expect(frame.hasAttribute('data-fallback')).toBe(true);
    expect(frame.querySelector('[role="status"]')?.textContent).toBe('下面是“拿到 尾款”的 2 个结果');
    const links = [...frame.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['实施与项目操作', '/process/implementation/'],
      ['4. 收尾款', '/process/implementation/#step-4'],
      ['工具', '/process/implementation/#tool'],
      ['术语表', '/glossary/'],
    ]);
    // A page with sections shows them instead of its own excerpt.
    expect(frame.querySelectorAll('.pagefind-ui__result-excerpt')).toHaveLength(3);
  });

  it('keeps only the text and the marks of an excerpt', () => {
    const frame = document.createElement('div');
    showResults(frame, {
      message: 'm',
      pages: [page('T', '/t/', 'a <mark>b</mark> <img src=x onerror="alert(1)"><b>c</b> &lt;d&gt;')],
    });
    const excerpt = frame.querySelector('.pagefind-ui__result-excerpt');
    expect(excerpt?.innerHTML).toBe('a <mark>b</mark> c &lt;d&gt;');
  });

  it('removes what it showed, and the mark on the frame', () => {
    const frame = document.createElement('div');
    showResults(frame, { message: 'm', pages: [page('T', '/t/', 'x')] });
    showResults(frame, null);
    expect(frame.innerHTML).toBe('');
    expect(frame.hasAttribute('data-fallback')).toBe(false);
  });
});
