// The workshop view's behaviour: the page's content is cut into slides, one per
// section (each h2 or h3 starts one, the title and intro make the first), shown
// one at a time. Runs only on /workshop/ pages; reading pages never load it.

const HEADING = /^H[23]$/;

/** The heading a top-level element starts a section with (Starlight wraps headings), or null. */
function headingOf(element: Element): HTMLElement | null {
  if (HEADING.test(element.tagName)) return element as HTMLElement;
  if (element.classList.contains('sl-heading-wrapper')) {
    const inner = element.querySelector('h2, h3');
    if (inner) return inner as HTMLElement;
  }
  return null;
}

/** Wraps the content's top-level elements into one <section> per slide; returns them. */
export function groupSlides(content: HTMLElement): HTMLElement[] {
  const doc = content.ownerDocument;
  const slides: HTMLElement[] = [];
  let current: HTMLElement | null = null;
  for (const child of [...content.children]) {
    const heading = headingOf(child);
    if (!current || heading) {
      current = doc.createElement('section');
      current.className = 'pb-ws-slide';
      current.dataset['section'] = heading?.id ?? '';
      slides.push(current);
    }
    current.append(child);
  }
  content.append(...slides);
  return slides;
}

/**
 * Readies the stage page's content for slides. A tool becomes one summary slide (its intro
 * and a link that opens it on the stage page) instead of its full worksheet; a quiz becomes
 * its plain question list, which cuts between questions like any list (each answer behind
 * "Show the answer"); blocks the workshop never shows go, so no slide is left empty.
 */
export function prepareContent(content: HTMLElement, page: string): void {
  const doc = content.ownerDocument;
  for (const tool of content.querySelectorAll<HTMLElement>('section.pb-tool')) {
    const open = doc.createElement('p');
    open.className = 'pb-ws-open-tool';
    const link = doc.createElement('a');
    link.href = `${page}#tool`;
    link.textContent = `${content.dataset['openTool'] ?? ''} →`;
    open.append(link);
    const help = doc.createElement('p');
    help.textContent = content.dataset['toolHelp'] ?? '';
    const intro = tool.querySelector('.pb-tool-intro');
    tool.replaceWith(...(intro ? [intro] : []), open, help);
  }
  for (const quiz of content.querySelectorAll<HTMLElement>('section.pb-quiz')) {
    const list = quiz.querySelector('ol.pb-quiz-questions');
    const intro = quiz.querySelector('.pb-quiz-intro');
    if (!list) continue;
    const copy = list.cloneNode(true) as HTMLElement;
    copy.classList.add('pb-ws-quiz');
    // The server-rendered quiz carries no feedback yet; the live parts are for the reading page.
    for (const live of copy.querySelectorAll('.pb-quiz-feedback')) live.remove();
    quiz.replaceWith(...(intro ? [intro] : []), copy);
  }
  // The quiz's link to this view and the stage page's top links are for the reading page.
  for (const unseen of content.querySelectorAll(
    ':scope > :is(.pb-workshop-link, .pb-stage-top, script, style)',
  ))
    unseen.remove();
}

export interface Workshop {
  slides: HTMLElement[];
  show(index: number): void;
  current(): number;
}

/** The smallest type a slide may shrink to: about 19 px on a 1280 px projector. */
const MIN_SCALE = 0.7;

/** Text that introduces what follows: it ends with a colon. */
const LEAD_IN = /[:：]\s*$/;

/** What decides whether a block introduces the next one. */
export interface BlockShape {
  /** A sub-heading: h4–h6, bare or in Starlight's wrapper. */
  subHeading: boolean;
  /** A paragraph that is only bold text ("How to do it.", "把六要素合成一个结论"). */
  boldOnly: boolean;
  text: string;
}

/** A block's shape. Names nothing outside itself, so a browser test can run it in the page. */
export function blockShape(block: Element): BlockShape {
  const text = (block.textContent ?? '').trim();
  const bold = [...block.children].filter((c) => c.tagName === 'STRONG' || c.tagName === 'B');
  return {
    subHeading:
      /^H[4-6]$/.test(block.tagName) ||
      (block.classList.contains('sl-heading-wrapper') && block.querySelector('h4, h5, h6') !== null),
    boldOnly:
      block.tagName === 'P' &&
      text !== '' &&
      bold.length > 0 &&
      bold.map((b) => (b.textContent ?? '').trim()).join('') === text,
    text,
  };
}

/** A sub-heading, a bold-only paragraph, or a block ending with a colon ("Overview:", "做法："). */
export function leadsIn(shape: BlockShape): boolean {
  return shape.subHeading || shape.boldOnly || LEAD_IN.test(shape.text);
}

/** A block that introduces the next one, and so never ends a slide. */
export function introducesNext(block: Element | null): boolean {
  return block !== null && leadsIn(blockShape(block));
}

const fits = (view: Window) => view.document.documentElement.scrollHeight <= view.innerHeight;

/** Shrinks a slide's type until it fits the screen (never below MIN_SCALE), so no normal section scrolls. */
function fit(slide: HTMLElement, view: Window): void {
  let scale = 1;
  slide.style.setProperty('--ws-scale', '1');
  while (!fits(view) && scale > MIN_SCALE) {
    scale = Math.round((scale - 0.05) * 100) / 100;
    slide.style.setProperty('--ws-scale', String(scale));
  }
}

/**
 * Moves a list's or a table's last items (list items, table rows) into a copy of it until
 * the screen fits, keeping at least one; returns the copy, or null when nothing moved.
 * A numbered list's copy goes on with the right numbers.
 */
function splitItems(block: Element | null, view: Window): HTMLElement | null {
  if (!block) return null;
  const body = block.tagName === 'TABLE' ? block.querySelector('tbody') : block;
  if (!body || !/^(?:UL|OL|TBODY)$/.test(body.tagName) || body.children.length < 2) return null;
  const copy = block.cloneNode(false) as HTMLElement;
  let target: HTMLElement = copy;
  if (block.tagName === 'TABLE') {
    const head = block.querySelector('thead');
    if (head) copy.append(head.cloneNode(true));
    target = body.cloneNode(false) as HTMLElement;
    copy.append(target);
  }
  while (!fits(view) && body.children.length > 1) target.prepend(body.lastElementChild!);
  if (target.children.length === 0) return null;
  if (block.tagName === 'OL') {
    const first = Number((block as HTMLOListElement).start || 1);
    (copy as HTMLOListElement).start = first + body.children.length;
  }
  return copy;
}

/**
 * A section too long for one screen even at the smallest type goes on over more slides,
 * cut between its blocks (paragraphs, tables, lists), and inside a long list or table
 * between its items; each continuation repeats the section's heading, marked as
 * continued. A block that cannot be cut (a tool's full checklist) stays whole and scrolls.
 */
function paginate(slides: HTMLElement[], view: Window): HTMLElement[] {
  const doc = view.document;
  const out: HTMLElement[] = [];
  const showOnly = (slide: HTMLElement) => {
    for (const other of out) other.hidden = other !== slide;
    slide.hidden = false;
    slide.style.setProperty('--ws-scale', String(MIN_SCALE));
  };
  // Measured one at a time: every slide hidden but the one being cut.
  for (const slide of slides) slide.hidden = true;
  for (const slide of slides) {
    let current = slide;
    out.push(current);
    showOnly(current);
    while (!fits(view)) {
      const next = doc.createElement('section');
      next.className = 'pb-ws-slide';
      next.dataset['section'] = current.dataset['section'] ?? '';
      // Whole blocks first, keeping the heading (or the first block) and one block here.
      while (!fits(view) && current.children.length > 2) next.prepend(current.lastElementChild!);
      // A sub-heading or lead-in ("Overview:") goes with what it introduces: onto the next
      // slide, or, when it is all this slide holds besides the heading, its text comes back here.
      while (
        next.children.length > 0 &&
        current.children.length > 2 &&
        introducesNext(current.lastElementChild)
      )
        next.prepend(current.lastElementChild!);
      if (next.firstElementChild && introducesNext(current.lastElementChild))
        current.append(next.firstElementChild);
      if (!fits(view)) {
        const rest = splitItems(current.lastElementChild, view);
        if (rest) next.prepend(rest);
      }
      if (next.children.length === 0) break;
      const heading = current.firstElementChild && headingOf(current.firstElementChild);
      if (heading) {
        const repeat = heading.cloneNode(true) as HTMLElement;
        repeat.removeAttribute('id');
        repeat.classList.add('pb-ws-continued');
        next.prepend(repeat);
      }
      current.after(next);
      current = next;
      out.push(current);
      showOnly(current);
    }
  }
  return out;
}

export function startWorkshop(doc: Document): Workshop | null {
  const view = doc.defaultView;
  const content = doc.getElementById('ws-content');
  const exit = doc.getElementById('ws-exit') as HTMLAnchorElement | null;
  if (!view || !content || !exit) return null;
  const page = exit.dataset['page'] ?? exit.getAttribute('href') ?? '/';
  const count = doc.getElementById('ws-count');
  const prev = doc.getElementById('ws-prev');
  const next = doc.getElementById('ws-next');
  // The live layout (one slide at a time, the step buttons) first: slides are cut to fit it.
  doc.body.classList.add('pb-ws-live');
  prev?.removeAttribute('hidden');
  next?.removeAttribute('hidden');
  prepareContent(content, page);
  const slides = paginate(groupSlides(content), view);
  const root = doc.documentElement;
  let index = 0;

  function show(target: number): void {
    index = Math.min(Math.max(target, 0), slides.length - 1);
    slides.forEach((slide, i) => {
      slide.hidden = i !== index;
    });
    const slide = slides[index];
    if (!slide) return;
    const id = slide.dataset['section'] ?? '';
    if (count) count.textContent = `${index + 1} / ${slides.length}`;
    exit!.href = id ? `${page}#${id}` : page;
    view!.history.replaceState(null, '', id ? `#${id}` : view!.location.pathname);
    if (prev) (prev as HTMLButtonElement).disabled = index === 0;
    if (next) (next as HTMLButtonElement).disabled = index === slides.length - 1;
    fit(slide, view!);
    root.scrollTop = 0;
  }

  prev?.addEventListener('click', () => show(index - 1));
  next?.addEventListener('click', () => show(index + 1));
  doc.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof view.Element ? event.target : null;
    // Typing in a field (a tool on the tool slide) keeps its keys.
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    const key = event.key;
    if (key === 'Escape') {
      event.preventDefault();
      view.location.assign(exit.href);
    } else if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !event.shiftKey)) {
      if (key === ' ' && target?.closest('button, a, summary')) return;
      event.preventDefault();
      show(index + 1);
    } else if (key === 'ArrowLeft' || key === 'PageUp' || (key === ' ' && event.shiftKey)) {
      event.preventDefault();
      show(index - 1);
    } else if (key === 'Home') {
      event.preventDefault();
      show(0);
    } else if (key === 'End') {
      event.preventDefault();
      show(slides.length - 1);
    }
  });
  view.addEventListener('resize', () => {
    const slide = slides[index];
    if (slide) fit(slide, view);
  });

  // Start at the section named in the address (/workshop/prospecting/#size), else at the top.
  const wanted = decodeURIComponent(view.location.hash.slice(1));
  const start = wanted ? slides.findIndex((slide) => slide.dataset['section'] === wanted) : 0;
  show(start < 0 ? 0 : start);
  // The browser scrolls to the #section once the page has loaded: keep the slide's top in view.
  view.addEventListener('load', () => {
    root.scrollTop = 0;
  });
  return { slides, show, current: () => index };
}
