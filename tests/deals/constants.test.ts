import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import stagesData from '../../content/stages.json';
import { TOOL_IDS } from '../../src/deals/constants';

describe('TOOL_IDS', () => {
  it('names exactly the tools of content/stages.json, each once', () => {
    const registry = stagesData.stages.map((stage) => stage.tool);
    expect(new Set(registry).size).toBe(registry.length);
    expect([...TOOL_IDS].sort()).toEqual([...registry].sort());
  });

  it.each(TOOL_IDS)('%s has its home in src/tools/ and its data in content/tools/', (tool) => {
    expect(existsSync(new URL(`../../src/tools/${tool}/definition.ts`, import.meta.url))).toBe(true);
    expect(existsSync(new URL(`../../content/tools/${tool}.json`, import.meta.url))).toBe(true);
  });
});
