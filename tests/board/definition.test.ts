import { describe, expect, it } from 'vitest';
import boardData from '../../content/board.json';
import { BOARD_TEXT_KEYS, boardDefinition, boardStrings } from '../../src/board/definition';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('content/board.json', () => {
  const board = boardDefinition.parse(boardData);

  it.each(BOARD_TEXT_KEYS)('"%s" has the same {placeholders} in both languages', (key) => {
    const { zh, en } = board.text[key];
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it('refuses a missing or unknown string', () => {
    const { loading: _loading, ...missing } = boardData.text;
    expect(boardDefinition.safeParse({ text: missing }).success).toBe(false);
    const extra = { ...boardData.text, surplus: { zh: '多余', en: 'Surplus' } };
    expect(boardDefinition.safeParse({ text: extra }).success).toBe(false);
    const empty = { ...boardData.text, loading: { zh: '', en: 'Loading' } };
    expect(boardDefinition.safeParse({ text: empty }).success).toBe(false);
  });

  it('gives the island one language’s strings', () => {
    expect(boardStrings(board, 'en').newDeal).toBe('New deal');
    expect(boardStrings(board, 'zh').newDeal).toBe('新建交易');
    expect(Object.keys(boardStrings(board, 'zh'))).toEqual([...BOARD_TEXT_KEYS]);
  });
});
