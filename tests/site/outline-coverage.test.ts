/**
 * A reader of either language can find every item of the process: each published
 * section has text of its own under its heading, and the source's numbers appear
 * on the pages that state them.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import manifest from '../../content/anchors.json';
import { builtPages } from '../support/dist.ts';

const pages = builtPages();

/** The heading's own block: from it up to the next heading of any level. */
function ownText(page: HTMLElement, id: string): string {
  const heading = page.getElementById(id);
  if (!heading) return '';
  const start = heading.parentNode.classList?.contains('sl-heading-wrapper') ? heading.parentNode : heading;
  let text = '';
  for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
    if (/^H[1-6]$/.test(node.tagName) || node.classList.contains('sl-heading-wrapper')) break;
    text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

describe.each(['', '/en'])('sections on %s pages', (prefix) => {
  it.each(Object.entries(manifest.pages))('%s: every section has text of its own', (slug, ids) => {
    const page = pages.get(`${prefix}/${slug}/`)!;
    // The glossary's group headings only gather terms; each term has its own text.
    const sections = ids.filter((id) => !(slug === 'glossary' && id.startsWith('group-')));
    const thin = sections.filter((id) => ownText(page, id).length < 20);
    expect(thin, 'sections with no text under their heading').toEqual([]);
  });
});

/** Facts of the source that must be stated on a page, as each language writes them. */
const FACTS: Array<{ page: string; zh: RegExp[]; en: RegExp[] }> = [
  {
    page: 'process/prospecting',
    zh: [
      /20\s*人/,
      /50\s*人/,
      /2000\s*万/,
      /300\s*万/,
      /3[–-]5\s*%/,
      /硬件/,
      /网络/,
      /医药/,
      /服装/,
      /按单生产/,
      /刚刚?.{0,6}改制/,
    ],
    en: [
      /(?<!\d)20 (people|employees|staff)/,
      /(?<!\d)50 (people|employees|staff)/,
      /RMB 20 million/,
      /RMB 3 million/,
      /3[–-]5\s*%/,
      /hardware/,
      /network/,
      /pharmaceutical/i,
      /apparel/i,
      /build-to-order/i,
      /just restructured|only just restructured/,
    ],
  },
  { page: 'process/compelling-events', zh: [/十一/], en: [/eleven/i] },
  {
    page: 'process/validation',
    zh: [/十三/, /内线/, /3[–-]5\s*%/],
    en: [/thirteen/i, /inside champion/i, /3[–-]5\s*%/],
  },
  {
    page: 'process/demo',
    zh: [/销售订单/, /实施九步法则/, /省钱/, /挣钱|赚钱/],
    en: [/sales order/i, /nine-step/i, /saves? money/i, /makes? money/i],
  },
  {
    page: 'process/negotiation',
    zh: [/十一/, /软件试用协议/, /销售合同/],
    en: [/eleven/i, /trial agreement/i, /sales contract/i],
  },
  { page: 'process/close-readiness', zh: [/六个/, /竞争对手/], en: [/six/i, /competitor/i] },
  { page: 'process/implementation', zh: [/尾款/, /收款/], en: [/final payment/i, /payment/i] },
];

describe.each(FACTS)('$page states the source’s facts', ({ page, zh, en }) => {
  it.each([
    ['', zh],
    ['/en', en],
  ] as const)('in %s', (prefix, patterns) => {
    const text = pages.get(`${prefix}/${page}/`)!.querySelector('main')!.textContent;
    expect(patterns.filter((p) => !p.test(text)).map(String)).toEqual([]);
  });
});
