import { describe, expect, it } from 'vitest';
import casesData from '../../content/case-studies/cases.json';
import closeData from '../../content/tools/close.json';
import eventsData from '../../content/tools/events.json';
import qualificationData from '../../content/tools/qualification.json';
import validationData from '../../content/tools/validation.json';
import { progressDefinitions } from '../../src/board/board-data';
import { caseStudiesDefinition, localizeValue, resolveCaseStudy } from '../../src/board/case-studies';
import { caseStudyDeal } from '../../src/board/case-study-deal';
import { checkDeal } from '../../src/deals/schema';
import { summarizeDeal, type SummaryDefinitions } from '../../src/board/summary';
import { closeDefinition } from '../../src/tools/close/definition';
import { eventsDefinition } from '../../src/tools/events/definition';
import { allItems, countPickedEvents, scoreQualification } from '../../src/tools/qualification/logic';
import { qualificationDefinition } from '../../src/tools/qualification/definition';
import { validationDefinition } from '../../src/tools/validation/definition';

const qualification = qualificationDefinition.parse(qualificationData);
const events = eventsDefinition.parse(eventsData);
const close = closeDefinition.parse(closeData);
const validation = validationDefinition.parse(validationData);
const definitions: SummaryDefinitions = progressDefinitions();
const cases = caseStudiesDefinition.parse(casesData).cases;
const byId = (id: string) => {
  const found = cases.find((entry) => entry.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

/** The verdict as the stage 1 scorecard computes it for these answers. */
function verdictOf(id: string, lang: 'zh' | 'en') {
  const study = resolveCaseStudy(byId(id), lang);
  return scoreQualification(study.answers.qualification ?? {}, qualification, {
    compellingEvents: countPickedEvents(study.answers.events),
  });
}

describe('case studies', () => {
  it('hold at least the three required cases', () => {
    expect(cases.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([
        'building-materials-distributor',
        'apparel-manufacturer',
        'state-owned-just-restructured',
      ]),
    );
  });

  it.each(['zh', 'en'] as const)('the distributor qualifies with two compelling events (%s)', (lang) => {
    const result = verdictOf('building-materials-distributor', lang);
    expect(result.verdict).toBe('pursue');
    expect(result.gaps).toEqual([]);
    const deal = caseStudyDeal(resolveCaseStudy(byId('building-materials-distributor'), lang), new Date());
    const summary = summarizeDeal(deal, definitions);
    expect(summary.verdict).toBe('pursue');
    expect(summary.eventCount).toBe(2);
  });

  it.each(['zh', 'en'] as const)('the apparel manufacturer is refused on its hard stop (%s)', (lang) => {
    const result = verdictOf('apparel-manufacturer', lang);
    expect(result.verdict).toBe('do-not-pursue');
    expect(result.reasons.filter((r) => r.effect === 'stop').map((r) => r.id)).toEqual([
      'pharmaceutical-apparel-manufacturer',
    ]);
  });

  it.each(['zh', 'en'] as const)('the just-restructured SOE is refused on its hard stop (%s)', (lang) => {
    const result = verdictOf('state-owned-just-restructured', lang);
    expect(result.verdict).toBe('do-not-pursue');
    expect(result.reasons.filter((r) => r.effect === 'stop').map((r) => r.id)).toEqual([
      'soe-just-restructured',
    ]);
  });

  it('answer only with the tools’ real item ids and options', () => {
    const known: Record<string, Set<string>> = {
      qualification: new Set(allItems(qualification).map((item) => item.id)),
      events: new Set(events.items.map((item) => item.id)),
      validation: new Set([...validation.questions, ...validation.fields].map((item) => item.id)),
      close: new Set(close.items.map((item) => item.id)),
    };
    const options = new Map(
      allItems(qualification).map((item) => [
        item.id,
        item.kind === 'number' ? null : item.options.map((o) => o.id),
      ]),
    );
    for (const entry of cases) {
      for (const [tool, answers] of Object.entries(entry.answers)) {
        expect(Object.keys(known), `${entry.id}: tool ${tool}`).toContain(tool);
        for (const [item, value] of Object.entries(answers)) {
          expect(known[tool]?.has(item), `${entry.id}: ${tool}.${item}`).toBe(true);
          const allowed = tool === 'qualification' ? options.get(item) : null;
          if (allowed)
            for (const chosen of [value].flat()) expect(allowed, `${entry.id}: ${item}`).toContain(chosen);
        }
      }
    }
  });

  it('make valid new deals in both languages, each with its own id, sharing nothing with the data', () => {
    for (const entry of cases) {
      for (const lang of ['zh', 'en'] as const) {
        const study = resolveCaseStudy(entry, lang);
        const one = caseStudyDeal(study, new Date('2026-11-27T10:00:00Z'));
        const two = caseStudyDeal(study, new Date('2026-11-27T10:00:00Z'));
        expect(checkDeal(one).ok).toBe(true);
        expect(one.id).not.toBe(two.id);
        expect(JSON.stringify(one)).not.toMatch(/"zh":|"en":/);
        one.answers.qualification = {};
        expect(study.answers.qualification).not.toEqual({});
      }
    }
  });

  it('localizes nested {zh, en} pairs and leaves other values alone', () => {
    expect(
      localizeValue({ a: { zh: '甲', en: 'A' }, b: [{ zh: '乙', en: 'B' }, 3], c: { zh: 'x' } }, 'en'),
    ).toEqual({
      a: 'A',
      b: ['B', 3],
      c: { zh: 'x' },
    });
  });

  it('refuses a case that would not make a valid deal', () => {
    const bad = structuredClone(casesData) as { cases: { answers: Record<string, unknown> }[] };
    bad.cases[0]!.answers['nonsense-tool'] = { x: 1 };
    expect(caseStudiesDefinition.safeParse(bad).success).toBe(false);
    const dup = structuredClone(casesData) as { cases: unknown[] };
    dup.cases.push(dup.cases[0]);
    expect(caseStudiesDefinition.safeParse(dup).success).toBe(false);
  });
});
