import { describe, expect, it } from 'vitest';
import { absoluteTime, clockTime, relativeTime } from '../../src/shared/time-text';

const now = new Date('2026-11-27T12:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each<[number, string, string]>([
    [5, 'now', '现在'],
    [-20, 'now', '现在'],
    [90, '1 minute ago', '1分钟前'],
    [59 * 60, '59 minutes ago', '59分钟前'],
    [2 * 3600, '2 hours ago', '2小时前'],
    [24 * 3600, 'yesterday', '昨天'],
    [3 * 24 * 3600, '3 days ago', '3天前'],
    [14 * 24 * 3600, '2 weeks ago', '2周前'],
    [70 * 24 * 3600, '2 months ago', '2个月前'],
    [800 * 24 * 3600, '2 years ago', '2年前'],
  ])('%i seconds ago → "%s" / "%s"', (seconds, en, zh) => {
    expect(relativeTime(ago(seconds), now, 'en')).toBe(en);
    expect(relativeTime(ago(seconds), now, 'zh')).toBe(zh);
  });
});

describe('absoluteTime', () => {
  it('shows date and time in the page language', () => {
    const iso = '2026-11-27T06:05:00.000Z';
    expect(absoluteTime(iso, 'en', 'UTC')).toBe('Nov 27, 2026, 6:05 AM');
    expect(absoluteTime(iso, 'zh', 'Asia/Shanghai')).toBe('2026年11月27日 14:05');
  });
});

describe('clockTime', () => {
  it('shows the time of day in the page language and the reader’s time zone', () => {
    const at = new Date(2026, 10, 27, 14, 5);
    expect(clockTime(at, 'zh')).toBe('14:05');
    expect(clockTime(at, 'en')).toBe('2:05 PM');
  });
});
