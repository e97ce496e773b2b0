// @vitest-environment jsdom
// A sub-heading or a bold lead-in never ends a slide: its text goes with it.
import { afterEach, describe, expect, it } from 'vitest';
import { introducesNext, startWorkshop } from '../../src/workshop/slides';

const LINE = 100;
const SCREEN = 400;

/** jsdom lays nothing out: a slide is as tall as its visible blocks (list items and rows count one each). */
function measureByBlocks(): void {
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    configurable: true,
    get: () => {
      const shown = [...document.querySelectorAll<HTMLElement>('.pb-ws-slide')].filter((s) => !s.hidden);
      const blocks = shown.flatMap((s) => [...s.children]);
      const lines = blocks.reduce((n, b) => n + Math.max(1, b.querySelectorAll('li, tr').length), 0);
      return lines * LINE;
    },
  });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: SCREEN });
}

function page(body: string): void {
  document.body.innerHTML = `
    <a id="ws-exit" href="/process/prospecting/" data-page="/process/prospecting/">Leave</a>
    <span id="ws-count"></span><button id="ws-prev" hidden></button><button id="ws-next" hidden></button>
    <main id="ws-content"><h1 id="_top">Prospecting</h1>${body}</main>`;
  history.replaceState(null, '', '/workshop/prospecting/');
}

const h2 = (id: string) => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${id}</h2></div>`;
const lastOf = (slide: HTMLElement | undefined) => slide?.lastElementChild ?? null;

afterEach(() => {
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
});

describe('lead-ins and sub-headings', () => {
  it('are recognised: bold-only paragraphs, text ending with a colon, h4 headings', () => {
    const el = (html: string) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      return box.firstElementChild;
    };
    expect(introducesNext(el('<p><strong>把六要素合成一个结论</strong></p>'))).toBe(true);
    expect(introducesNext(el('<p><strong>How to do it.</strong></p>'))).toBe(true);
    expect(introducesNext(el('<p><strong>做法</strong>：</p>'))).toBe(true);
    expect(introducesNext(el('<p>Overview:</p>'))).toBe(true);
    expect(introducesNext(el('<div class="sl-heading-wrapper level-h4"><h4>Steps</h4></div>'))).toBe(true);
    expect(introducesNext(el('<p><strong>例子</strong>：华建建材是一家分销企业。</p>'))).toBe(false);
    expect(introducesNext(el('<p>Plain text.</p>'))).toBe(false);
    expect(introducesNext(el('<ul><li>Item</li></ul>'))).toBe(false);
  });

  it.each([
    ['a bold sub-heading', '<p><strong>把六要素合成一个结论</strong></p>'],
    ['a bold lead-in with a full stop', '<p><strong>How to do it.</strong></p>'],
    ['a lead-in with a colon', '<p><strong>做法</strong>：</p>'],
    ['an h4 heading', '<div class="sl-heading-wrapper level-h4"><h4 id="x">Steps</h4></div>'],
  ])('never end a slide: %s goes to the next slide with its text', (_, leadIn) => {
    measureByBlocks();
    // Heading + two paragraphs + the lead-in fill the screen; the lead-in's text does not fit.
    page(`${h2('profile')}<p>One.</p><p>Two.</p>${leadIn}<p id="its-text">Its text.</p><p>More.</p>`);
    const ws = startWorkshop(document)!;
    const slides = ws.slides.filter((s) => s.dataset['section'] === 'profile');
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides) expect(introducesNext(lastOf(slide))).toBe(false);
    const withText = slides.find((s) => s.querySelector('#its-text'));
    expect(withText?.textContent).toContain(
      document.createRange().createContextualFragment(leadIn).textContent ?? '',
    );
  });

  it('keep their text when the lead-in is all the slide holds besides the heading', () => {
    measureByBlocks();
    page(
      `${h2('profile')}<p><strong>Overview:</strong></p><ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>`,
    );
    const ws = startWorkshop(document)!;
    for (const slide of ws.slides) expect(introducesNext(lastOf(slide))).toBe(false);
    const first = ws.slides.find((s) => s.dataset['section'] === 'profile');
    expect(first?.querySelector('li')?.textContent).toBe('a');
  });
});
