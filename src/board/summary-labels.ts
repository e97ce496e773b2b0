// The printed summary's labels and the tools' own sentences, in the page's
// language (built by board-data.ts at build time): the summary says what each
// tool says, in the tool's words.

export interface LabelledId {
  id: string;
  label: string;
}

/** id → label. */
export type LabelMap = Readonly<Record<string, string>>;

export interface SummaryLabels {
  events: readonly LabelledId[];
  questions: readonly LabelledId[];
  conditions: readonly LabelledId[];
  /** Between the entries of a list in running text ("、" / ", "). */
  separator: string;
  eventsText: { none: string; onlyOurs: string; datePassed: string; evidence: string };
  validation: {
    fields: LabelMap;
    counts: string;
    ready: string;
    notReady: string;
    confirmed: string;
    assumed: string;
    unmarked: string;
  };
  demo: {
    checks: LabelMap;
    roles: LabelMap;
    outcomes: LabelMap;
    figures: LabelMap;
    progress: string;
    ready: string;
    notReady: string;
    needAttendees: string;
    incompleteAttendees: string;
    attendeesTitle: string;
    decisionMaker: string;
    dateLabel: string;
    outcomeSummary: string;
    outcomeUnset: string;
    outcomeUndated: string;
    sumsTitle: string;
    sumsTotal: string;
    sumsMissing: string;
  };
  negotiation: {
    steps: LabelMap;
    fields: LabelMap;
    progress: string;
    next: string;
    competitorsSummary: string;
    closeDateSummary: string;
    none: string;
    notSet: string;
    trialSigned: string;
    warnCompetitors: string;
    warnCloseDate: string;
    warnPayment: string;
  };
  close: { progress: string; ready: string; notReady: string; conflicts: LabelMap };
  implementation: { steps: LabelMap; progress: string; undated: string };
}
