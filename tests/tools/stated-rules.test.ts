// A rule a tool applies cannot be left off its page: each tool's schema refuses data in
// which an applied rule has no statement, so such data fails the build.
import { describe, expect, it } from 'vitest';
import closeData from '../../content/tools/close.json';
import demoData from '../../content/tools/demo.json';
import eventsData from '../../content/tools/events.json';
import implementationData from '../../content/tools/implementation.json';
import negotiationData from '../../content/tools/negotiation.json';
import qualificationData from '../../content/tools/qualification.json';
import validationData from '../../content/tools/validation.json';
import { closeDefinition } from '../../src/tools/close/definition';
import { demoDefinition } from '../../src/tools/demo/definition';
import { eventsDefinition } from '../../src/tools/events/definition';
import { implementationDefinition } from '../../src/tools/implementation/definition';
import { negotiationDefinition } from '../../src/tools/negotiation/definition';
import { qualificationDefinition } from '../../src/tools/qualification/definition';
import { validationDefinition } from '../../src/tools/validation/definition';
import { ruleLines } from '../../src/tools/shared/stated-rules';
import { TOOL_RULES } from '../support/tool-rules';

const schemas: Record<string, [{ parse: (input: unknown) => unknown }, unknown]> = {
  qualification: [qualificationDefinition, qualificationData],
  events: [eventsDefinition, eventsData],
  validation: [validationDefinition, validationData],
  demo: [demoDefinition, demoData],
  negotiation: [negotiationDefinition, negotiationData],
  close: [closeDefinition, closeData],
  implementation: [implementationDefinition, implementationData],
};

const cases = TOOL_RULES.flatMap((t) => t.applied.map((id) => [t.tool, id] as const));

describe('stated rules', () => {
  it.each(cases)('%s refuses data that applies "%s" without stating it', (tool, id) => {
    const [schema, data] = schemas[tool]!;
    const bad = structuredClone(data) as { statedRules: { id: string }[] };
    bad.statedRules = bad.statedRules.filter((r) => r.id !== id);
    expect(() => schema.parse(bad)).toThrow(new RegExp(`rule .{0,2}${id}.{0,2} is applied but not stated`));
  });

  it.each(TOOL_RULES.map((t) => [t.tool, t] as const))(
    '%s: every rule reads in both languages, its figures filled from the data',
    (_tool, t) => {
      for (const lang of ['zh', 'en'] as const)
        for (const line of ruleLines(t.statedRules, t.values, lang)) expect(line.text).not.toMatch(/\{\w+\}/);
    },
  );

  it('refuses a rule whose figure the data does not hold', () => {
    const rule = {
      id: 'x',
      origin: 'process' as const,
      anchor: 'size',
      text: { zh: '{missing} 人', en: '{missing}' },
    };
    expect(() => ruleLines([rule], {}, 'zh')).toThrow(/no value for \{missing\}/);
  });

  it('quotes the source’s figures: 20 / 50 people, 2000万, 300万, 3–5%, 11 events, 13 questions, 11 steps, 6 conditions, 4 steps', () => {
    const text = (tool: string) =>
      ruleLines(
        TOOL_RULES.find((t) => t.tool === tool)!.statedRules,
        TOOL_RULES.find((t) => t.tool === tool)!.values,
        'en',
      )
        .map((l) => l.text)
        .join(' ');
    expect(text('qualification')).toMatch(
      /distribution \/ wholesale companies 20 people or more; production and sales companies 50/,
    );
    expect(text('qualification')).toContain('RMB 20 million (2000万) or more');
    expect(text('qualification')).toContain('RMB 3 million (300万) or more');
    expect(text('qualification')).toContain('3–5% of its profit');
    expect(text('events')).toContain('The process lists 11 compelling events');
    expect(text('validation')).toContain('answer all 13 questions');
    expect(text('negotiation')).toContain('has 11 steps');
    expect(text('close')).toContain('all 6 conditions');
    expect(text('implementation')).toContain('work through the 4 steps');
  });
});
