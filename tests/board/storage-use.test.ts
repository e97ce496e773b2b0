import { describe, expect, it } from 'vitest';
import { boardDefinition, boardStrings } from '../../src/board/definition';
import { storageUseText } from '../../src/board/storage-use';
import { measureUsage, STORAGE_QUOTA_UNITS } from '../../src/storage/index';
import board from '../../content/board.json';
import { FakeStorage } from '../storage/fake-storage';

const en = boardStrings(boardDefinition.parse(board), 'en');
const zh = boardStrings(boardDefinition.parse(board), 'zh');
const quota = STORAGE_QUOTA_UNITS;

describe('measureUsage', () => {
  it('sums the site’s keys and values in UTF-16 code units, and nothing else', () => {
    const storage = new FakeStorage({
      'playbook:meta': '{"version":1}',
      'playbook:deal:a': '华建建材',
      'other-site-thing': 'x'.repeat(1000),
    }).tab().storage;
    expect(measureUsage(storage)).toEqual({
      used: 'playbook:meta'.length + 13 + 'playbook:deal:a'.length + 4,
      quota: 5 * 1024 * 1024,
    });
  });
});

describe('storageUseText', () => {
  it('says how much the deals use, in both languages', () => {
    expect(storageUseText(en, { used: 1.5 * 1024 * 1024, quota }).use).toBe(
      'Deals use 1.5 MB of this browser’s 5.0 MB storage (30%).',
    );
    expect(storageUseText(zh, { used: 30_000, quota }).use).toBe(
      '交易占用了这个浏览器 5.0 MB 存储空间中的 0.03 MB（0%）。',
    );
  });

  it('says how to free space from 80% on, not before', () => {
    expect(storageUseText(en, { used: Math.ceil(quota * 0.8) - 1, quota }).warning).toBeNull();
    expect(storageUseText(en, { used: Math.ceil(quota * 0.8), quota }).warning).toBe(
      'Storage is 80% full. First export all deals to keep a backup, then delete the deals that are closed to free space.',
    );
    expect(storageUseText(zh, { used: quota, quota }).warning).toMatch(
      /^存储空间已用 100%，快满了。先点“导出全部交易”/,
    );
  });
});
