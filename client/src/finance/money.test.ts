import {describe, expect, it} from 'vitest';
import {amountText, dateText, parseAmount, parseRate, today} from './money.ts';

describe('amounts typed on the finance screens', () => {
  it('reads tenge with spaces, a comma or a dot into tiyn', () => {
    expect(parseAmount('1 250 000')).toBe(125_000_000);
    expect(parseAmount('48 500,50')).toBe(4_850_050);
    expect(parseAmount('990.5')).toBe(99_050);
    expect(parseAmount('1\u00a0000 ₸')).toBe(100_000);
  });
  it('refuses what is not an amount', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('12,345')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
  it('shows tiyn back as a typed amount', () => {
    expect(amountText(4_850_050)).toBe('48500,50');
    expect(parseAmount(amountText(4_850_050))).toBe(4_850_050);
    expect(amountText(null)).toBe('');
  });
  it('reads a rate and refuses zero', () => {
    expect(parseRate('485,12')).toBe(485.12);
    expect(parseRate('0')).toBeNull();
  });
  it('knows today in the company zone (UTC+5)', () => {
    expect(today('Asia/Almaty', Date.UTC(2026, 11, 6, 19, 30))).toBe('2026-12-07');
    expect(dateText('2026-12-07')).toBe('07.12.2026');
  });
});
