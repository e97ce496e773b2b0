import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/shared/amount';

describe('parseAmount', () => {
  it.each([
    ['50', 50],
    ['５０', 50],
    ['１２．５', 12.5],
    ['12。5', 12.5],
    ['1,200', 1200],
    ['1，200', 1200],
    ['１，２００', 1200],
    [' 480 ', 480],
    ['0', 0],
    ['.5', 0.5],
    ['12.', 12],
    ['', null],
    ['  ', null],
  ])('reads %j as %j', (raw, value) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['50万', 50],
    ['５０万', 50],
    ['1,200万元', 1200],
    ['12.5 万', 12.5],
  ])('reads %j as %j where the unit is 万元', (raw, value) => {
    expect(parseAmount(raw, { wan: true })).toEqual({ ok: true, value });
  });

  it('takes 万 as text where the unit is not 万元', () => {
    expect(parseAmount('50万')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseAmount('50万', { integer: true })).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseAmount('万', { wan: true })).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it.each(['-3', '－３', '-0.5', '−12'])('refuses the negative %j', (raw) => {
    expect(parseAmount(raw, { wan: true })).toEqual({ ok: false, problem: 'negative' });
  });

  it.each(['abc', '1.2.3', '12 apples', '--3', '1e3', 'Infinity', '0x10', '五十'])(
    'refuses the text %j',
    (raw) => {
      expect(parseAmount(raw, { wan: true })).toEqual({ ok: false, problem: 'not-a-number' });
    },
  );

  it('refuses a fraction where only whole numbers count', () => {
    expect(parseAmount('12.5', { integer: true })).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseAmount('１２', { integer: true })).toEqual({ ok: true, value: 12 });
  });
});
