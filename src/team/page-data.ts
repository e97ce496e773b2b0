// The team view's props in one language, built at build time: the board's props (one
// builder for both pages), the team view's strings, the class review's items and the
// case studies' signatures. Used by the team page's Astro wrapper and by tests.
import teamData from '../../content/team.json';
import { boardPageProps, caseStudyData, toolData } from '../board/board-data';
import type { Lang } from '../i18n/lang';
import { caseSignatures } from './case-signatures';
import { teamStrings } from './definition';
import type { TeamViewProps } from './props';
import { reviewItems } from './review-items';

export function teamPageProps(lang: Lang): TeamViewProps {
  const { text: boardText, ...board } = boardPageProps(lang);
  return {
    ...board,
    text: teamStrings(teamData, lang),
    boardText,
    items: reviewItems(toolData, lang),
    signatures: caseSignatures(caseStudyData),
  };
}
