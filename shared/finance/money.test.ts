import {describe, expect, it} from 'vitest';
import {amountKzt, formatAmount, rateOn} from './money.ts';

describe('money', () => {
  it('counts KZT from the amount and the rate, rounded to a tiyn', () => {
    expect(amountKzt(100_00, 1)).toBe(100_00);
    expect(amountKzt(100_00, 512.37)).toBe(5_123_700);
    expect(amountKzt(1, 0.5)).toBe(1); // Math.round(0.5)
    expect(amountKzt(3, 0.333)).toBe(1);
  });
  it('takes the latest rate on or before the date; 1 for KZT; none before the first', () => {
    const rates = [
      {currency: 'USD', on_date: '2026-12-01', rate: 500},
      {currency: 'USD', on_date: '2026-12-05', rate: 510},
      {currency: 'EUR', on_date: '2026-12-04', rate: 560},
    ];
    expect(rateOn(rates, 'USD', '2026-12-04')).toBe(500);
    expect(rateOn(rates, 'USD', '2026-12-05')).toBe(510);
    expect(rateOn(rates, 'USD', '2026-11-30')).toBeUndefined();
    expect(rateOn(rates, 'KZT', '2026-01-01')).toBe(1);
    expect(rateOn(rates, 'RUB', '2026-12-31')).toBeUndefined();
  });
  it('prints with the app’s money format', () => expect(formatAmount(123456750, 'KZT', 'ru')).toBe('1\u00a0234\u00a0567,50\u00a0₸'));
});
