import { describe, expect, it } from 'vitest';
import closeData from '../../content/tools/close.json';
import eventsData from '../../content/tools/events.json';
import { toolData as data } from '../../src/board/board-data';
import { reviewItems } from '../../src/team/review-items';

describe('review items', () => {
  it('labels the tools’ items in the page’s language and links each to its anchor or its tool', () => {
    const items = reviewItems(data, 'en');
    const event8 = items.find((i) => i.tool === 'events' && i.id === 'event-8')!;
    expect(event8.label).toBe(eventsData.items[7]!.label.en);
    expect(event8.href).toBe('/en/process/compelling-events/#events--event-8');
    const closeDate = items.find((i) => i.tool === 'negotiation' && i.id === 'close-date')!;
    expect(closeDate.href).toBe('/en/process/negotiation/#tool');
    const zh = reviewItems(data, 'zh').find((i) => i.tool === 'close' && i.id === 'condition-1')!;
    expect(zh.label).toBe(closeData.items[0]!.label.zh);
    expect(zh.href).toBe('/process/close-readiness/#close--condition-1');
  });

  it('names a question’s status in the tool’s own words', () => {
    const labels = (lang: 'zh' | 'en') =>
      new Map(
        reviewItems(data, lang)
          .filter((i) => i.tool === 'validation')
          .map((i) => [i.id, i.label]),
      );
    expect(labels('en').get('confirmed')).toBe('Confirmed');
    expect(labels('zh').get('assumed')).toBe('假设');
  });
});
