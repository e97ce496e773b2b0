// What the team view's island receives from its page (src/components/TeamView.astro).
import type { CaseStudy } from '../board/case-study-deal';
import type { SummaryLabels } from '../board/DealSummary';
import type { BoardStrings } from '../board/definition';
import type { SummaryDefinitions } from '../board/summary';
import type { Lang } from '../i18n/lang';
import type { ChromeStrings } from '../i18n/ui';
import type { CaseSignature } from './case-marker';
import type { ReviewItem } from './class-review';
import type { TeamStrings } from './definition';

export interface TeamViewProps {
  lang: Lang;
  text: TeamStrings;
  /** The shared chrome's strings (the calendar and spreadsheet buttons). */
  chrome: ChromeStrings;
  /** The deal board's strings: verdicts, stages and the deal summary. */
  boardText: BoardStrings;
  stages: readonly { id: string; title: string }[];
  definitions: SummaryDefinitions;
  cases: readonly CaseStudy[];
  labels: SummaryLabels;
  items: readonly ReviewItem[];
  /** What loading each case study writes into a deal: finds older participants. */
  signatures: readonly CaseSignature[];
}
