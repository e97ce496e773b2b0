/**
 * content/item-anchors.json publishes one anchor per checklist item of each stage's
 * tool, made by the rule in src/links/anchors.ts from the item's stable id, in the
 * tool's order: adding an item to a tool's data means publishing its anchor here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sections from '../../content/anchors.json';
import manifest from '../../content/item-anchors.json';
import close from '../../content/tools/close.json';
import demo from '../../content/tools/demo.json';
import events from '../../content/tools/events.json';
import implementation from '../../content/tools/implementation.json';
import negotiation from '../../content/tools/negotiation.json';
import qualification from '../../content/tools/qualification.json';
import validation from '../../content/tools/validation.json';
import { itemAnchor } from '../../src/links/anchors';

/** Each stage page's tool, its component, and its checklist items' ids in the tool's order. */
const TOOLS: Record<string, { tool: string; component: string; items: string[] }> = {
  'process/prospecting': {
    tool: 'qualification',
    component: 'QualificationScorecard',
    items: qualification.factors.map((f) => f.id),
  },
  'process/compelling-events': {
    tool: 'events',
    component: 'CompellingEventPicker',
    items: events.items.map((i) => i.id),
  },
  'process/validation': {
    tool: 'validation',
    component: 'OpportunityValidation',
    items: validation.questions.map((q) => q.id),
  },
  'process/demo': {
    tool: 'demo',
    component: 'DemoPreparation',
    items: demo.groups.flatMap((g) => g.items.map((i) => i.id)),
  },
  'process/negotiation': {
    tool: 'negotiation',
    component: 'NegotiationTracker',
    items: negotiation.steps.map((s) => s.id),
  },
  'process/close-readiness': {
    tool: 'close',
    component: 'CloseReadinessGate',
    items: close.items.map((i) => i.id),
  },
  'process/implementation': {
    tool: 'implementation',
    component: 'ImplementationChecklist',
    items: implementation.items.map((i) => i.id),
  },
};

describe('content/item-anchors.json', () => {
  it('lists the stage pages that carry a tool', () => {
    expect(Object.keys(manifest.pages).toSorted()).toEqual(Object.keys(TOOLS).toSorted());
  });

  it.each(Object.entries(TOOLS))('%s publishes every item of its tool by the anchor rule', (slug, entry) => {
    expect(entry.items.length).toBeGreaterThan(0);
    expect(manifest.pages[slug as keyof typeof manifest.pages]).toEqual(
      entry.items.map((id) => itemAnchor(entry.tool, id)),
    );
    for (const file of [`content/docs/${slug}.mdx`, `content/docs/en/${slug}.mdx`])
      expect(readFileSync(file, 'utf8'), `${file} shows the ${entry.tool} tool`).toContain(
        `<${entry.component} />`,
      );
  });

  it('never reuses a section anchor of the same page', () => {
    for (const [slug, anchors] of Object.entries(manifest.pages)) {
      const published = new Set<string>(sections.pages[slug as keyof typeof sections.pages]);
      expect(
        anchors.filter((anchor) => published.has(anchor)),
        slug,
      ).toEqual([]);
      expect(new Set(anchors).size, `${slug} repeats an anchor`).toBe(anchors.length);
    }
  });
});
