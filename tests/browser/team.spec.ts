// The team view in the browser, in both languages: 30 export files and 5 share links
// (a damaged file, a newer-version file, duplicates and a bad link among them) load
// with the right counts and named problems; the viewer's own deals stay as they are;
// the funnel and verdicts match the board's summary; a class of ten shows the
// reference answer and the disagreements; axe in both themes; a phone's width.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { dealKey } from '../../src/storage/keys';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { openWithDeals } from '../support/board-page.ts';
import { expectedFigures, loadTeam, qualificationOption, teamText } from './team-fixtures';

// The machine may be busy: wait for each expected state generously, never a fixed time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const OWN = {
  id: 'mine000001',
  name: 'My own deal',
  customer: 'Mine Ltd',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-02T08:00:00.000Z',
  answers: { qualification: { headcount: 12 } },
  notes: 'private',
  rev: 2,
};

async function storedDeals(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('playbook:deal:'))
        .map((key) => [key, localStorage.getItem(key)!]),
    ),
  );
}

for (const lang of ['zh', 'en'] as const) {
  const base = lang === 'en' ? '/en' : '';
  const t = (key: string) => teamText[key]![lang];

  test.describe(`team view (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await openWithDeals(page, `${base}/team/`, [OWN]);
      await expect(page.locator('[data-own-deals]')).toHaveAttribute('data-own-deals', '1');
    });

    test('loads 30 files and 5 links with the right counts, names the problems and leaves my deals alone', async ({
      page,
    }) => {
      await expect(page.getByText(t('memory').slice(0, 20))).toBeVisible();
      const before = await storedDeals(page);
      const fixture = await loadTeam(page, lang);
      const bad = fixture.badFiles.length + fixture.badLinks;
      await expect(page.locator('#team-sources-summary')).toHaveText(
        fill(t('sourcesCaption'), {
          deals: fixture.deals.length,
          ok: 35 - bad,
          bad,
          dupes: fixture.dupes,
        }),
      );
      const problems = page.locator('.pb-team-sources tbody tr[data-problem]');
      await expect(problems).toHaveCount(bad);
      await expect(problems.filter({ hasText: 'damaged.json' })).toContainText(
        lang === 'en' ? 'not JSON' : '不是 JSON',
      );
      await expect(problems.filter({ hasText: 'from-newer-site.json' })).toContainText(
        lang === 'en' ? 'newer version' : '更新版本',
      );
      await expect(problems.filter({ hasText: fill(t('linkName'), { n: 5 }) })).toContainText(
        lang === 'en' ? 'damaged' : '损坏',
      );
      await expect(
        page.locator('.pb-team-sources tbody tr', { hasText: 'rep-1-last-week.json' }),
      ).toContainText(fill(t('sourceLeftOut'), { count: 1 }));
      expect(await storedDeals(page)).toEqual(before);
      await expect(page.locator('[data-own-deals]')).toHaveAttribute('data-own-deals', '1');
    });

    test('the funnel and verdict counts match the deals; a bar lists its deals and a deal opens read-only', async ({
      page,
    }) => {
      const fixture = await loadTeam(page, lang);
      const expected = expectedFigures(fixture.deals);
      const counts = async (chart: string) =>
        (await page.locator(`table[data-chart="${chart}"] tbody td`).allTextContents()).map((text) =>
          Number(/\d+/.exec(text)?.[0]),
        );
      expect(await counts('team-funnel')).toEqual(expected.funnel);
      expect(await counts('team-verdicts')).toEqual(expected.verdicts);
      expect(expected.verdicts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
      for (const chart of ['team-funnel', 'team-verdicts', 'team-readiness'])
        await expect(page.locator(`#${chart}-svg-desc`)).not.toBeEmpty();
      // The next 30 days' dates: the first 20 rows, then all of them on request.
      const upcoming = page.locator('table[data-figure="upcoming"] tbody tr');
      await expect(upcoming).toHaveCount(20);
      const all = page
        .locator('[aria-labelledby="team-upcoming-title"]')
        .getByRole('button', { name: new RegExp(t('showAll').replace('{count}', '\\d+')) });
      const total = Number(/\d+/.exec((await all.textContent()) ?? '')?.[0]);
      expect(total).toBeGreaterThan(20);
      await all.click();
      await expect(upcoming).toHaveCount(total);

      // The deals behind the furthest stage any of them reached (a stage counts once its gate is met).
      const furthest = expected.funnel.findLastIndex((n) => n > 0);
      expect(furthest).toBeGreaterThanOrEqual(0);
      await page
        .locator('table[data-chart="team-funnel"] tbody tr')
        .nth(furthest)
        .getByRole('button')
        .click();
      const list = page.locator('#team-list');
      await expect(list).toBeFocused();
      await expect(list.locator('tbody tr')).toHaveCount(expected.funnel[furthest]!);
      const name = (await list.locator('tbody th').first().textContent())!;
      await list
        .locator('tbody tr')
        .first()
        .getByRole('button', { name: t('openSummary') })
        .click();
      await expect(page.locator('#deal-summary-title')).toContainText(name);
      await expect(page.locator('#deal-summary input, #deal-summary textarea')).toHaveCount(0);

      // Copy one into my deals: a new deal, mine untouched.
      const before = await storedDeals(page);
      await list
        .locator('tbody tr')
        .first()
        .getByRole('button', { name: t('copyToMine') })
        .click();
      await expect(page.locator('.pb-team-message')).toHaveText(fill(t('copied'), { name }));
      const after = await storedDeals(page);
      expect(Object.keys(after)).toHaveLength(2);
      expect(after[dealKey(OWN.id)]).toBe(before[dealKey(OWN.id)]);
    });

    test('a class review of ten participants shows the reference answer and the disagreements', async ({
      page,
    }) => {
      const fixture = await loadTeam(page, lang);
      const review = page.locator('.pb-team-review');
      // All ten, the two whose ids carry no case (an older load, a copy) among them.
      await expect(review.locator('table[data-review="participants"] tbody tr')).toHaveCount(10);
      const names = fixture.participants.map((d) => d.name);
      const ownership = review.locator('table[data-tool="qualification"] tr[data-item="ownership"]');
      const reference = qualificationOption('private-chairman-gm', lang);
      const family = qualificationOption('private-family', lang);
      await expect(ownership.locator('.pb-team-reference')).toHaveText(reference);
      await expect(ownership).toContainText(fill(t('answerCount'), { answer: reference, count: 7 }));
      await expect(ownership).toContainText(fill(t('answerCount'), { answer: family, count: 3 }));
      await expect(ownership.locator('td').last()).toHaveText(names.slice(0, 3).join(t('separator')));
      const event6 = review.locator('table[data-tool="events"] tr[data-item="event-6"]');
      await expect(event6.locator('td').last()).toHaveText(names.slice(3, 5).join(t('separator')));
      await expect(event6.locator('th a')).toHaveAttribute(
        'href',
        `${base}/process/compelling-events/#events--event-6`,
      );
      await expect(
        review.locator('table[data-tool="qualification"] tr[data-item="headcount"] td').last(),
      ).toHaveText(t('allAgree'));
      await review.getByLabel(t('onlyDiffer')).check();
      await expect(review.locator('tr[data-item]')).toHaveCount(2);
    });

    test('axe finds nothing in both themes, and a phone shows it without sideways scrolling', async ({
      page,
    }) => {
      // The class, a rep, the bad files and the links: every part of the view, and few
      // enough rows that axe (slow on large tables) finishes on a busy machine.
      test.setTimeout(300_000);
      await loadTeam(page, lang, 15);
      await page.locator('table[data-chart="team-verdicts"] tbody button').first().click();
      await page
        .locator('#team-list tbody tr')
        .first()
        .getByRole('button', { name: t('openSummary') })
        .click();
      expect(await axeViolationsInBothThemes(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(390);
    });
  });
}
