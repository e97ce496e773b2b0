// @vitest-environment jsdom
// The class review as a trainer sees it: marked, older and copied case deals are all
// participants, each told apart by name; answers read in the page's words; and with only
// disagreements shown, a class that agrees everywhere gets a sentence, not an empty page.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { caseStudyDeal } from '../../src/board/case-study-deal';
import { summarizeDeal } from '../../src/board/summary';
import { duplicateDeal } from '../../src/deals/operations';
import type { Deal } from '../../src/deals/schema';
import type { Lang } from '../../src/i18n/lang';
import { ClassReviewView } from '../../src/team/ClassReviewView';
import { distinctNames } from '../../src/team/names';
import { teamPageProps } from '../../src/team/page-data';
import { sampleDeal } from '../deals/sample';

const NOW = new Date('2026-11-30T09:00:00.000Z');

function renderReview(lang: Lang, deals: Deal[], sourceOf: Map<string, string>) {
  const props = teamPageProps(lang);
  const summaries = new Map(deals.map((deal) => [deal.id, summarizeDeal(deal, props.definitions)]));
  render(
    <ClassReviewView
      t={props.text}
      boardText={props.boardText}
      cases={props.cases}
      signatures={props.signatures}
      deals={deals}
      names={distinctNames(deals, sourceOf)}
      items={props.items}
      stages={props.stages}
      summaries={summaries}
      onOpen={() => undefined}
    />,
  );
  return props;
}

afterEach(cleanup);

describe('class review view', () => {
  it('lists marked, older and copied case deals, names each apart and says answers in Chinese', () => {
    const study = teamPageProps('zh').cases.find((c) => c.id === 'building-materials-distributor')!;
    const marked = caseStudyDeal(study, NOW);
    const older = caseStudyDeal(study, NOW, 'old0000001');
    older.answers.events!['event-6'] = { picked: false, evidence: '', owner: '', date: '', talkingPoint: '' };
    const copy = duplicateDeal(older, NOW, { id: 'copy000001', name: older.name });
    const own = sampleDeal({ id: 'own0000001' });
    const sourceOf = new Map([
      [marked.id, 'zhang.json'],
      [older.id, 'li.json'],
      [copy.id, 'wang.json'],
      [own.id, 'rep.json'],
    ]);
    const { text: t } = renderReview('zh', [own, marked, older, copy], sourceOf);

    const participants = screen.getByRole('table', { name: t.participantsTitle.replace('{count}', '3') });
    const names = within(participants)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual([
      `${study.name} · li.json`,
      `${study.name} · wang.json`,
      `${study.name} · zhang.json`,
    ]);
    const event6 = document.querySelector('tr[data-item="event-6"]')!;
    expect(event6.querySelector('.pb-team-reference')!.textContent).toBe(t.yes);
    expect(event6.querySelector('td:last-child')!.textContent).toBe(
      [`${study.name} · li.json`, `${study.name} · wang.json`].join('、'),
    );
  });

  it('says so when every participant agrees and only disagreements are asked for', () => {
    const study = teamPageProps('en').cases.find((c) => c.id === 'apparel-manufacturer')!;
    const deals = [caseStudyDeal(study, NOW), caseStudyDeal(study, NOW)];
    const { text: t } = renderReview('en', deals, new Map());
    fireEvent.change(screen.getByLabelText(t.reviewPick), { target: { value: study.id } });
    expect(document.querySelectorAll('tr[data-item]').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByLabelText(t.onlyDiffer));
    expect(document.querySelectorAll('tr[data-item]')).toHaveLength(0);
    expect(screen.getByText(t.noDisagreement)).toBeTruthy();
  });
});
