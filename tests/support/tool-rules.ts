/**
 * Each stage's tool with its stated rules, the ids its logic applies, and the figures its
 * rules quote: read from content/tools/*.json through the tools' own definitions.
 */
import closeData from '../../content/tools/close.json';
import demoData from '../../content/tools/demo.json';
import eventsData from '../../content/tools/events.json';
import implementationData from '../../content/tools/implementation.json';
import negotiationData from '../../content/tools/negotiation.json';
import qualificationData from '../../content/tools/qualification.json';
import validationData from '../../content/tools/validation.json';
import * as close from '../../src/tools/close/definition';
import * as demo from '../../src/tools/demo/definition';
import * as events from '../../src/tools/events/definition';
import * as implementation from '../../src/tools/implementation/definition';
import * as negotiation from '../../src/tools/negotiation/definition';
import * as qualification from '../../src/tools/qualification/definition';
import * as validation from '../../src/tools/validation/definition';
import type { StatedRule } from '../../src/shared/schema';

export interface ToolRules {
  /** The stage page's slug under process/. */
  stage: string;
  tool: string;
  statedRules: readonly StatedRule[];
  /** The ids of the rules the tool's logic applies. */
  applied: readonly string[];
  values: Record<string, Record<string, number | { zh: string; en: string }>>;
}

function entry<D extends { statedRules: StatedRule[] }>(
  stage: string,
  tool: string,
  definition: D,
  applied: string[],
  values: Record<string, Record<string, number | { zh: string; en: string }>>,
): ToolRules {
  return { stage, tool, statedRules: definition.statedRules, applied, values };
}

const q = qualification.qualificationDefinition.parse(qualificationData);
const e = events.eventsDefinition.parse(eventsData);
const v = validation.validationDefinition.parse(validationData);
const d = demo.demoDefinition.parse(demoData);
const n = negotiation.negotiationDefinition.parse(negotiationData);
const c = close.closeDefinition.parse(closeData);
const i = implementation.implementationDefinition.parse(implementationData);

export const TOOL_RULES: readonly ToolRules[] = [
  entry('prospecting', 'qualification', q, qualification.appliedRuleIds(q), qualification.ruleValues(q)),
  entry('compelling-events', 'events', e, events.appliedRuleIds(), events.ruleValues(e)),
  entry('validation', 'validation', v, validation.appliedRuleIds(), validation.ruleValues(v)),
  entry('demo', 'demo', d, demo.appliedRuleIds(), demo.ruleValues(d)),
  entry('negotiation', 'negotiation', n, negotiation.appliedRuleIds(), negotiation.ruleValues(n)),
  entry('close-readiness', 'close', c, close.appliedRuleIds(c), close.ruleValues(c)),
  entry(
    'implementation',
    'implementation',
    i,
    implementation.appliedRuleIds(i),
    implementation.ruleValues(i),
  ),
];
