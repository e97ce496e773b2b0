// Which case study a deal was made from. "Load as a new deal" gives the deal an id
// of the form `cs_<case id>_<random>`: an ordinary deal id (letters, digits, - and _),
// so every version of the site, export files and share links carry it unchanged,
// and the class review can find a case's participants. A case id never holds "_".
import { newDealId } from '../deals/id';

const PREFIX = 'cs_';
const MARKED = /^cs_([a-z0-9]+(?:-[a-z0-9]+)*)_[a-z0-9]+$/;

/** A new deal id that names the case study the deal was made from. */
export function caseDealId(caseId: string): string {
  return `${PREFIX}${caseId}_${newDealId()}`;
}

/** The case study a deal was made from, or null for a deal of the rep's own. */
export function caseOfDeal(deal: { id: string }): string | null {
  return MARKED.exec(deal.id)?.[1] ?? null;
}
