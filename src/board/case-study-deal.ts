// A case study becomes a new deal: a fresh id and fresh times, so loading one never
// touches a deal the rep already has. Pure; the island imports it.
import type { Deal, ToolAnswers } from '../deals/schema';
import { caseDealId } from '../team/case-marker';

export interface CaseStudy {
  id: string;
  title: string;
  summary: string;
  name: string;
  customer: string;
  notes: string;
  answers: ToolAnswers;
}

export function caseStudyDeal(study: CaseStudy, now: Date, id: string = caseDealId(study.id)): Deal {
  const time = now.toISOString();
  return {
    id,
    name: study.name,
    customer: study.customer,
    createdAt: time,
    updatedAt: time,
    // A deep copy: the deal must not share objects with the page's case data.
    answers: structuredClone(study.answers),
    notes: study.notes,
    rev: 0,
  };
}
