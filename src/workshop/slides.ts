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

export interface Workshop {
  slides: HTMLElement[];
  show(index: number): void;
  current(): number;
}

/** Shrinks a slide's type until it fits the screen (never below 55%), so no normal section scrolls. */
function fit(slide: HTMLElement, view: Window): void {
  let scale = 1;
  slide.style.setProperty('--ws-scale', '1');
  const root = view.document.documentElement;
  while (root.scrollHeight > view.innerHeight && scale > 0.55) {
    scale = Math.round((scale - 0.05) * 100) / 100;
    slide.style.setProperty('--ws-scale', String(scale));
  }
}

export function startWorkshop(doc: Document): Workshop | null {
  const view = doc.defaultView;
  const content = doc.getElementById('ws-content');
  const exit = doc.getElementById('ws-exit') as HTMLAnchorElement | null;
  if (!view || !content || !exit) return null;
  const page = exit.dataset['page'] ?? exit.getAttribute('href') ?? '/';
  const slides = groupSlides(content);
  const count = doc.getElementById('ws-count');
  const prev = doc.getElementById('ws-prev');
  const next = doc.getElementById('ws-next');
  doc.body.classList.add('pb-ws-live');
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

  prev?.removeAttribute('hidden');
  next?.removeAttribute('hidden');
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
