import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_ANCHOR_JOIN, itemAnchor, linkLabel } from '../../src/links/anchors';
import { readMarker } from '../../src/markdown/remark-stable-anchors';

/** Ids as the tools' schemas and the heading markers allow them: lower-case words joined by "-". */
const id = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));

describe('itemAnchor', () => {
  it('joins the tool and the item with a double hyphen', () => {
    expect(itemAnchor('events', 'event-8')).toBe('events--event-8');
    expect(itemAnchor('qualification', 'size')).toBe('qualification--size');
    expect(ITEM_ANCHOR_JOIN).toBe('--');
  });

  it('is never an id a heading marker can publish, whatever the tool and item ids', () => {
    fc.assert(
      fc.property(id, id, (tool, item) => {
        expect(readMarker(`/* #${item} */`)).toBe(item);
        expect(readMarker(`/* #${itemAnchor(tool, item)} */`)).toBeUndefined();
      }),
    );
  });

  it('tells different items and different tools apart', () => {
    fc.assert(
      fc.property(id, id, id, id, (toolA, itemA, toolB, itemB) => {
        fc.pre(toolA !== toolB || itemA !== itemB);
        expect(itemAnchor(toolA, itemA)).not.toBe(itemAnchor(toolB, itemB));
      }),
    );
  });
});

describe('linkLabel', () => {
  it('fills the title into the template', () => {
    expect(linkLabel('复制本项链接：{{title}}', '8. 优惠期截止')).toBe('复制本项链接：8. 优惠期截止');
    expect(linkLabel('Copy link to section: {{title}}', 'Company size')).toBe(
      'Copy link to section: Company size',
    );
  });

  it('takes a title with $ or braces literally', () => {
    expect(linkLabel('Copy link to item: {{title}}', '$& {{title}}')).toBe('Copy link to item: $& {{title}}');
  });
});
