// Which case study a deal was made from. "Load as a new deal" gives the deal an id
// of the form `cs_<case id>_<random>`: an ordinary deal id (letters, digits, - and _),
// so every version of the site, export files and share links carry it unchanged,
// and the class review can find a case's participants. A case id never holds "_".
//
// Older deals carry no mark: case studies were loaded with a plain random id, and a
// copy (duplicate, import as new, a shared deal saved as new) gets a plain id too. Such
// a deal still holds what loading the case wrote: its name, customer and notes (in the
// language of the page it was loaded on; a copy's name gets a suffix) and the case's
// given figures (head count, revenue…), which a participant has no reason to change.
// Any one of these recognises it. Recognising reads the deal only; it changes nothing.
import { newDealId } from '../deals/id';
import type { Deal } from '../deals/schema';

const PREFIX = 'cs_';
const MARKED = /^cs_([a-z0-9]+(?:-[a-z0-9]+)*)_[a-z0-9]+$/;

/** What loading a case study writes into a deal, in both languages (built at build time). */
export interface CaseSignature {
  id: string;
  names: readonly string[];
  customers: readonly string[];
  notes: readonly string[];
  /** The case's given figures: tool → item → number. */
  facts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** A new deal id that names the case study the deal was made from. */
export function caseDealId(caseId: string): string {
  return `${PREFIX}${caseId}_${newDealId()}`;
}

/** The case study named in a deal's id, or null for an unmarked id. */
export function markedCase(deal: Pick<Deal, 'id'>): string | null {
  return MARKED.exec(deal.id)?.[1] ?? null;
}

/** Case-folded, with runs of white space as one space, so "X  (Copy)" still holds "x". */
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** A given figure needs company: one number alone could be anyone's. */
const MIN_FACTS = 2;

/** The deal's text as the marks compare it, folded once for every case. */
interface Folded {
  name: string;
  customer: string;
  notes: string;
}

/** A case's names, customers and notes, folded once for every deal (two hundred deals ask). */
type FoldedMarks = Pick<CaseSignature, 'names' | 'customers' | 'notes'>;
const foldedMarks = new WeakMap<CaseSignature, FoldedMarks>();

function marksToCompare(signature: CaseSignature): FoldedMarks {
  let marks = foldedMarks.get(signature);
  if (marks === undefined) {
    const folds = (list: readonly string[]) => list.map(fold).filter((entry) => entry !== '');
    marks = {
      names: folds(signature.names),
      customers: folds(signature.customers),
      notes: folds(signature.notes),
    };
    foldedMarks.set(signature, marks);
  }
  return marks;
}

/** How many of the case's marks the unmarked deal carries (0: not made from it). */
function marksOf(deal: Deal, folded: Folded, signature: CaseSignature): number {
  const { names, customers, notes } = marksToCompare(signature);
  const facts = Object.entries(signature.facts).flatMap(([tool, items]) =>
    Object.entries(items).map(
      ([item, value]) => deal.answers[tool as keyof Deal['answers']]?.[item] === value,
    ),
  );
  const marks = [
    names.some((entry) => folded.name.includes(entry)),
    customers.includes(folded.customer),
    notes.some((entry) => folded.notes.includes(entry)),
    facts.length >= MIN_FACTS && facts.every(Boolean),
  ];
  return marks.filter(Boolean).length;
}

/**
 * The case study a deal was made from, or null for a deal of the rep's own: the case
 * its id names, else the case whose marks it carries most (the earlier case on a tie).
 */
export function caseOfDeal(deal: Deal, signatures: readonly CaseSignature[]): string | null {
  const marked = markedCase(deal);
  if (marked !== null) return marked;
  const folded = { name: fold(deal.name), customer: fold(deal.customer), notes: fold(deal.notes) };
  let best: { id: string; marks: number } | null = null;
  for (const signature of signatures) {
    const marks = marksOf(deal, folded, signature);
    if (marks > 0 && (best === null || marks > best.marks)) best = { id: signature.id, marks };
  }
  return best?.id ?? null;
}
