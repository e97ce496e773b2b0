// Issue 15, item 9: on a phone the board's messages never lie over a control; an information
// message goes after a few seconds, an undo stays until it is used or dismissed.
import { test, expect } from '@playwright/test';
import { PHONE, controlsCoveredByNotices } from './phone-support';

const TEXT = {
  zh: {
    prefix: '',
    newDeal: '新建交易',
    dealName: '交易名称',
    create: '创建',
    rename: '改名',
    save: '保存',
    del: '删除',
    undo: '撤销',
    dismiss: '关闭',
    caseLoad: '载入这个案例',
  },
  en: {
    prefix: '/en',
    newDeal: 'New deal',
    dealName: 'Deal name',
    create: 'Create',
    rename: 'Rename',
    save: 'Save',
    del: 'Delete',
    undo: 'Undo',
    dismiss: 'Dismiss',
    caseLoad: 'Load this case',
  },
} as const;

test.use({ viewport: PHONE });

const START = new Date('2026-03-02T09:00:00Z');

for (const lang of ['zh', 'en'] as const) {
  const t = TEXT[lang];

  test(`${lang}: messages cover no control and information goes by itself`, async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto(`${t.prefix}/deals/`);
    // The board starts in a few short tasks on the page's timers: ready first, then time stands
    // still and moves only when the test says so.
    const board = page.locator('.pb-board-live');
    await expect(board).toHaveAttribute('data-ready', '');
    await page.clock.pauseAt(new Date(START.getTime() + 60_000));
    await board.getByLabel(t.dealName).fill('华建建材 进销存二期');
    await board.getByRole('button', { name: t.create, exact: true }).click();
    const message = page.locator('.pb-board-toast-body');
    await expect(message).toBeVisible();
    expect(await controlsCoveredByNotices(page)).toEqual([]);

    // The rename form opened while the message is still up: its buttons are free.
    await board
      .getByRole('button', { name: new RegExp(`^${t.rename}`) })
      .first()
      .click();
    await board.locator('.pb-board-edit').scrollIntoViewIfNeeded();
    expect(await controlsCoveredByNotices(page)).toEqual([]);
    await board.locator('.pb-board-edit').getByRole('button', { name: t.save }).click();
    await expect(message).toBeVisible();
    expect(await controlsCoveredByNotices(page)).toEqual([]);

    // Load a case from the case cards, further down: the cards' buttons stay free.
    const load = board.getByRole('button', { name: new RegExp(`^${t.caseLoad}`) }).first();
    await load.scrollIntoViewIfNeeded();
    await load.click();
    await expect(message).toBeVisible();
    for (const card of await board.getByRole('button', { name: new RegExp(`^${t.caseLoad}`) }).all()) {
      await card.scrollIntoViewIfNeeded();
      expect(await controlsCoveredByNotices(page)).toEqual([]);
    }

    // An information message leaves after a few seconds.
    await page.clock.runFor(15_000);
    await expect(message).toHaveCount(0);
  });

  test(`${lang}: an undo stays until it is used, covering nothing`, async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto(`${t.prefix}/deals/`);
    // The board starts in a few short tasks on the page's timers: ready first, then time stands
    // still and moves only when the test says so.
    const board = page.locator('.pb-board-live');
    await expect(board).toHaveAttribute('data-ready', '');
    await page.clock.pauseAt(new Date(START.getTime() + 60_000));
    await board.getByLabel(t.dealName).fill('华建建材 进销存二期');
    await board.getByRole('button', { name: t.create, exact: true }).click();
    await board
      .getByRole('button', { name: new RegExp(`^${t.del}`) })
      .first()
      .click();
    const undo = page.getByRole('button', { name: t.undo });
    await expect(undo).toBeVisible();
    expect(await controlsCoveredByNotices(page)).toEqual([]);
    await page.clock.runFor(120_000);
    await expect(undo).toBeVisible();
    await page.mouse.wheel(0, 600);
    expect(await controlsCoveredByNotices(page)).toEqual([]);
    await undo.click();
    await expect(board.getByText('华建建材 进销存二期').first()).toBeVisible();
  });
}
