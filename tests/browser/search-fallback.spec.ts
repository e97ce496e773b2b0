/**
 * Issue 17, "Search answers questions", as a reader sees it: a question whose words no
 * page holds all of shows the results of its subject's words, says so in the page's
 * language naming the shorter query, and the open dialog passes axe in both themes, on a
 * desktop and on a phone.
 */
import { expect, test } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe';
import { PHONE } from './phone-support';
import { ask, openSearch } from './search-support';

const CASES = [
  {
    lang: 'zh',
    prefix: '',
    question: '如何拿到尾款',
    said: '没有页面同时包含“如何拿到尾款”的全部词语。下面是“拿到 尾款”的',
    page: '/process/implementation/',
  },
  {
    lang: 'en',
    prefix: '/en',
    question: 'how do I collect the final payment after go-live',
    said: 'No page has every word of “how do I collect the final payment after go-live”. Showing',
    page: '/en/process/implementation/',
  },
] as const;

for (const { lang, prefix, question, said, page: answer } of CASES) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', PHONE],
  ] as const) {
    test(`${lang}, ${device}: a question that finds nothing is answered for its shorter query, said in the page's language`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.goto(`${prefix}/glossary/`);
      await openSearch(page);
      const top = await ask(page, question);
      expect(top.slice(0, 3)).toContain(answer);
      const message = page.locator('#pb-search-fallback [role="status"]');
      await expect(message).toContainText(said);
      // Pagefind's own "no results" line is not shown beside it.
      await expect(page.locator('#starlight__search .pagefind-ui__drawer')).toBeHidden();
      expect(await axeViolationsInBothThemes(page, 'site-search dialog')).toEqual([]);
      // Following a result leaves the dialog for the page.
      await page.locator('#pb-search-fallback a', { hasText: /./ }).first().click();
      await expect(page.locator('site-search dialog')).not.toBeVisible();
    });
  }
}
