// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { groupSlides, startWorkshop } from '../../src/workshop/slides';

function page(): void {
  document.body.innerHTML = `
    <a id="ws-exit" href="/process/demo/" data-page="/process/demo/">Leave</a>
    <span id="ws-count"></span><button id="ws-prev" hidden></button><button id="ws-next" hidden></button>
    <main id="ws-content">
      <h1 id="_top">The standard demo</h1><p>Lead</p>
      <div class="sl-heading-wrapper level-h2"><h2 id="at-a-glance">At a glance</h2></div><ul><li>x</li></ul>
      <div class="sl-heading-wrapper level-h2"><h2 id="flow">The demo itself</h2></div><p>a</p>
      <div class="sl-heading-wrapper level-h3"><h3 id="step">A step</h3></div><p>b</p><p>c</p>
    </main>`;
  history.replaceState(null, '', '/workshop/demo/');
}

const key = (k: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));

describe('workshop slides', () => {
  beforeEach(page);

  it('cut the content into one slide per h2 or h3 section, the title first', () => {
    const slides = groupSlides(document.getElementById('ws-content')!);
    expect(slides.map((s) => s.dataset['section'])).toEqual(['', 'at-a-glance', 'flow', 'step']);
    expect(slides[3]?.querySelectorAll('p').length).toBe(2);
  });

  it('step forward and back with the keys, and point the way out at the section on screen', () => {
    const ws = startWorkshop(document)!;
    const exit = document.getElementById('ws-exit') as HTMLAnchorElement;
    expect(ws.current()).toBe(0);
    expect(document.getElementById('ws-count')?.textContent).toBe('1 / 4');
    key('ArrowRight');
    key('PageDown');
    expect(ws.current()).toBe(2);
    expect(exit.getAttribute('href')).toBe('/process/demo/#flow');
    expect(location.hash).toBe('#flow');
    expect(ws.slides.filter((s) => !s.hidden)).toEqual([ws.slides[2]]);
    key(' ');
    key(' ');
    expect(ws.current()).toBe(3);
    key(' ', { shiftKey: true });
    key('PageUp');
    key('ArrowLeft');
    key('ArrowLeft');
    expect(ws.current()).toBe(0);
    expect(exit.getAttribute('href')).toBe('/process/demo/');
    key('End');
    expect(ws.current()).toBe(3);
    key('Home');
    expect(ws.current()).toBe(0);
  });

  it('start at the section named in the address', () => {
    history.replaceState(null, '', '/workshop/demo/#step');
    expect(startWorkshop(document)?.current()).toBe(3);
  });
});
