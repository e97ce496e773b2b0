// Every kind of warning the tracker gives, each stated as a rule on the page
// (content/tools/negotiation.json statedRules). Apart from logic.ts so that the
// definition can list them without importing the logic that reads the definition.
export const NEGOTIATION_WARNING_KINDS = [
  'competitors-after-signing',
  'close-date-passed',
  'payment-missing',
] as const;

export type NegotiationWarningKind = (typeof NEGOTIATION_WARNING_KINDS)[number];
