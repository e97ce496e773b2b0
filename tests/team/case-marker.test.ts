// Which case study a loaded deal was made from: a deal whose id names its case, and an
// older one (a plain id from before deals carried their case, or a copy of one), found
// by what loading the case wrote into it. Recognising never changes the deal.
import { describe, expect, it } from 'vitest';
import { caseStudyDeal } from '../../src/board/case-study-deal';
import { caseStudyData } from '../../src/board/board-data';
import { resolveCaseStudy } from '../../src/board/case-studies';
import { duplicateDeal } from '../../src/deals/operations';
import type { Deal } from '../../src/deals/schema';
import type { Lang } from '../../src/i18n/lang';
import { caseDealId, caseOfDeal, markedCase } from '../../src/team/case-marker';
import { caseSignatures } from '../../src/team/case-signatures';
import { participantsOf } from '../../src/team/class-review';
import { sampleDeal } from '../deals/sample';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const signatures = caseSignatures(caseStudyData);
const DISTRIBUTOR = 'building-materials-distributor';
const study = (id: string, lang: Lang) =>
  resolveCaseStudy(
    caseStudyData.find((c) => c.id === id)!,
    lang,
  );
/** A case deal as the board made it before ids carried the case: a plain random id. */
const older = (id: string, lang: Lang, dealId = 'q8f2k1m0zz') => caseStudyDeal(study(id, lang), NOW, dealId);

describe('case marker', () => {
  it('names the case study in an ordinary deal id', () => {
    const id = caseDealId(DISTRIBUTOR);
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(markedCase({ id })).toBe(DISTRIBUTOR);
    expect(markedCase({ id: 'k3j9x0a1b2' })).toBeNull();
    expect(markedCase({ id: 'cs_Bad_x' })).toBeNull();
    expect(caseOfDeal(caseStudyDeal(study(DISTRIBUTOR, 'zh'), NOW), signatures)).toBe(DISTRIBUTOR);
  });

  it('recognises a deal loaded from each case before ids carried the case, in either language', () => {
    for (const { id } of caseStudyData)
      for (const lang of ['zh', 'en'] as const) {
        const deal = older(id, lang);
        expect(markedCase(deal)).toBeNull();
        expect(caseOfDeal(deal, signatures)).toBe(id);
      }
  });

  it('recognises copies: a duplicate, one renamed and re-customered, one with only the given figures left', () => {
    const deal = older(DISTRIBUTOR, 'zh');
    const copy = duplicateDeal(deal, NOW, { name: `${deal.name}（副本）` });
    expect(caseOfDeal(copy, signatures)).toBe(DISTRIBUTOR);
    // A copy of a marked deal gets a plain id; it is still the case's.
    const markedCopy = duplicateDeal(caseStudyDeal(study(DISTRIBUTOR, 'en'), NOW), NOW);
    expect(markedCase(markedCopy)).toBeNull();
    expect(caseOfDeal(markedCopy, signatures)).toBe(DISTRIBUTOR);
    // Renamed after a trainee, notes cleared: the customer still names the case.
    expect(caseOfDeal({ ...deal, name: '王伟的练习', notes: '' }, signatures)).toBe(DISTRIBUTOR);
    // Renamed, customer retyped, notes cleared: the case's given figures (45 people,
    // RMB 35 million, 5.2 million gross profit) still name it.
    const bare = { ...deal, name: 'Exercise 1', customer: 'Xinda', notes: '' };
    expect(caseOfDeal(bare, signatures)).toBe(DISTRIBUTOR);
    // One of those figures changed, nothing else left: no longer recognisable.
    const changed = structuredClone(bare);
    changed.answers.qualification!['headcount'] = 46;
    expect(caseOfDeal(changed, signatures)).toBeNull();
  });

  it('leaves a rep’s own deal out, even one sharing a single figure with a case', () => {
    expect(caseOfDeal(sampleDeal(), signatures)).toBeNull();
    const own = sampleDeal({ answers: { qualification: { headcount: 45, revenue: 900 } } });
    expect(caseOfDeal(own, signatures)).toBeNull();
    expect(caseOfDeal(sampleDeal({ name: '', customer: '', notes: '' }), signatures)).toBeNull();
  });

  it('a marked id wins over marks of another case', () => {
    const deal: Deal = { ...older('apparel-manufacturer', 'en'), id: caseDealId(DISTRIBUTOR) };
    expect(caseOfDeal(deal, signatures)).toBe(DISTRIBUTOR);
  });

  it('lists marked, older and copied participants together, each once and unchanged', () => {
    const marked = { ...caseStudyDeal(study(DISTRIBUTOR, 'en'), NOW), name: 'Ann' };
    const old = { ...older(DISTRIBUTOR, 'zh', 'old0000001'), name: 'Bo' };
    const copy = duplicateDeal(old, NOW, { id: 'copy000001', name: 'Bo（副本）' });
    const other = older('apparel-manufacturer', 'zh', 'apparel001');
    const own = sampleDeal({ id: 'own0000001' });
    const loaded = [own, copy, other, old, marked];
    const before = structuredClone(loaded);
    const found = participantsOf({ id: DISTRIBUTOR }, loaded, signatures);
    expect(found.map((d) => d.id)).toEqual([marked.id, old.id, copy.id]);
    expect(participantsOf({ id: 'apparel-manufacturer' }, loaded, signatures)).toEqual([other]);
    expect(loaded).toEqual(before);
  });
});
