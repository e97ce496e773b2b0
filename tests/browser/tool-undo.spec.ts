// Issue 15, item 17: removing an attendee (demo preparation) or a competitor (negotiation)
// offers the same Undo as deleting a deal on the board; Undo brings back the name, role,
// notes and place in the list, and they stay after a reload. Phone width, both languages,
// axe on the message in both themes.
import type { Page } from '@playwright/test';
import chrome from '../../content/tool-chrome.json' with { type: 'json' };
import demo from '../../content/tools/demo.json' with { type: 'json' };
import negotiation from '../../content/tools/negotiation.json' with { type: 'json' };
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { expect, test } from '../support/fixtures.ts';
import { PHONE } from './phone-support.ts';

const PEOPLE = {
  zh: [
    { name: '王总', role: 'general-manager', cares: '坏账和库存风险' },
    { name: '李会计', role: 'chief-accountant', cares: '月底对账' },
  ],
  en: [
    { name: 'Mr Wang', role: 'general-manager', cares: 'bad debt and stock risk' },
    { name: 'Ms Li', role: 'chief-accountant', cares: 'month-end reconciliation' },
  ],
} as const;

const RIVALS = { zh: ['金蝶', '用友', '管家婆'], en: ['Kingdee', 'UFIDA', 'Grasp'] } as const;

const removedText = (lang: 'zh' | 'en', name: string) => chrome[lang].removed.replace('{name}', name);

for (const lang of ['zh', 'en'] as const) {
  const t = demo.text;
  const attendee = (page: Page, n: number) =>
    page.getByRole('group', { name: t.attendeeLegend[lang].replace('{n}', `${n}`), exact: true });

  test.describe(`undo a removal (${lang}, phone)`, () => {
    test.use({ viewport: PHONE, lang });
    // Many steps and two axe scans: more time than the default on a busy machine.
    test.slow();

    test.describe('demo attendees', () => {
      test.use({ toolPage: '/process/demo/' });

      test('Undo brings back the removed attendee with name, role, notes and place', async ({
        freshDeal: page,
        pageErrors,
      }) => {
        for (const [i, person] of PEOPLE[lang].entries()) {
          await page.getByRole('button', { name: t.addAttendee[lang] }).click();
          const group = attendee(page, i + 1);
          await group.getByLabel(t.attendeeName[lang], { exact: true }).fill(person.name);
          await group.getByLabel(t.attendeeRole[lang], { exact: true }).selectOption(person.role);
          await group.getByLabel(t.attendeeCares[lang], { exact: true }).fill(person.cares);
        }
        await attendee(page, 1).getByLabel(t.decisionMaker[lang]).check();

        const [wang, li] = PEOPLE[lang];
        await page.getByRole('button', { name: t.removeAttendee[lang].replace('{name}', wang.name) }).click();
        await expect(page.getByRole('group', { name: /^(出席人员|Attendee) \d$/ })).toHaveCount(1);
        const message = page.getByRole('status').filter({ hasText: removedText(lang, wang.name) });
        await expect(message).toBeVisible();
        const undo = message.getByRole('button', { name: chrome[lang].undo, exact: true });
        await expect(undo).toBeFocused();
        expect(await axeViolationsInBothThemes(page, '.pb-tool')).toEqual([]);

        await undo.click();
        await expect(message).toBeHidden();
        for (const reload of [false, true]) {
          if (reload) await page.reload();
          const first = attendee(page, 1);
          await expect(first.getByLabel(t.attendeeName[lang], { exact: true })).toHaveValue(wang.name);
          await expect(first.getByLabel(t.attendeeRole[lang], { exact: true })).toHaveValue(wang.role);
          await expect(first.getByLabel(t.attendeeCares[lang], { exact: true })).toHaveValue(wang.cares);
          await expect(first.getByLabel(t.decisionMaker[lang])).toBeChecked();
          await expect(attendee(page, 2).getByLabel(t.attendeeName[lang], { exact: true })).toHaveValue(
            li.name,
          );
        }
        expect(pageErrors).toEqual([]);
      });
    });

    test.describe('negotiation competitors', () => {
      test.use({ toolPage: '/process/negotiation/' });

      test('Undo puts the removed competitor back in its place', async ({ freshDeal: page, pageErrors }) => {
        const n = negotiation.text;
        const field = page.getByLabel(n.competitorName[lang], { exact: true });
        for (const name of RIVALS[lang]) {
          await field.fill(name);
          await page.getByRole('button', { name: n.addCompetitor[lang], exact: true }).click();
        }
        const list = page.locator('.pb-neg-list li > span');
        await expect(list).toHaveText([...RIVALS[lang]]);

        const [first, middle, last] = RIVALS[lang];
        await page.getByRole('button', { name: n.removeCompetitor[lang].replace('{name}', middle) }).click();
        await expect(list).toHaveText([first, last]);
        const message = page.getByRole('status').filter({ hasText: removedText(lang, middle) });
        const undo = message.getByRole('button', { name: chrome[lang].undo, exact: true });
        await expect(undo).toBeFocused();
        expect(await axeViolationsInBothThemes(page, '.pb-tool')).toEqual([]);

        await undo.click();
        await expect(list).toHaveText([...RIVALS[lang]]);
        await expect(message).toBeHidden();
        await page.reload();
        await expect(list).toHaveText([...RIVALS[lang]]);
        expect(pageErrors).toEqual([]);
      });
    });
  });
}
