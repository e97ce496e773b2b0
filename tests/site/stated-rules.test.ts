/**
 * Every rule a tool applies is printed on its stage page, in both languages, from the tool's
 * data: each stated rule and each rule id the tool's logic applies appears once in the page's
 * rule block, with its origin (company process or team practice) and no unfilled placeholder.
 */
import { describe, expect, it } from 'vitest';
import origins from '../../content/rules.json';
import { builtPages } from '../support/dist.ts';
import { TOOL_RULES } from '../support/tool-rules.ts';

const pages = builtPages();

describe.each([
  ['zh', ''],
  ['en', '/en'],
] as const)('stated rules on the %s stage pages', (lang, prefix) => {
  it.each(TOOL_RULES.map((t) => [t.stage, t] as const))('%s prints every rule of its tool', (stage, tool) => {
    const url = `${prefix}/process/${stage}/`;
    const page = pages.get(url);
    expect(page, `${url} was not built`).toBeDefined();
    const blocks = page!.querySelectorAll(`[data-rules="${tool.tool}"]`);
    expect(blocks.length, `${url}: the rules of ${tool.tool}`).toBeGreaterThan(0);
    const inBlocks = (selector: string) => blocks.flatMap((b) => b.querySelectorAll(selector));
    const ids = new Set([...tool.statedRules.map((r) => r.id), ...tool.applied]);
    for (const id of ids) {
      const found = inBlocks(`[data-rule="${id}"]`);
      expect(found.length, `${url}: rule "${id}" printed once`).toBe(1);
      const rule = tool.statedRules.find((r) => r.id === id)!;
      const printed = found[0]!;
      expect(printed.getAttribute('data-origin')).toBe(rule.origin);
      expect(printed.textContent).toContain(origins.origins[rule.origin][lang]);
      expect(printed.textContent, `${url}: "${id}" has an unfilled placeholder`).not.toMatch(/\{\w+\}/);
    }
    // Nothing printed that the data does not hold.
    const printedIds = inBlocks('[data-rule]').map((el) => el.getAttribute('data-rule'));
    expect(printedIds.toSorted()).toEqual([...ids].toSorted());
  });
});
