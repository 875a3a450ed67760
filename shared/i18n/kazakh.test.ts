// Kazakh is formatted by Kazakhstan's conventions whatever the Intl at hand
// knows: an Intl without Kazakh data (as in some Chromium builds) still gives
// "1 234 567 ₸" and "6 желтоқсан", and those conventions print exactly what a
// full-ICU Intl (Node's, the public pages') prints.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createFormatters, formatDate, formatMoney, hasKazakhData, installFormatters, type DateStyle, type IntlLike} from './format.ts';

const NBSP = '\u00a0';

/** An Intl like Chromium's without Kazakh data: it claims "kk" but prints root-locale forms. */
function intlWithoutKazakh(): IntlLike {
  const swap = (locales?: string | readonly string[]) => {
    const list = locales === undefined ? [] : typeof locales === 'string' ? [locales] : [...locales];
    return list.map((l) => (/^kk\b/i.test(l) ? 'en-US' : l));
  };
  class NumberFormat extends Intl.NumberFormat {
    constructor(locales?: string | readonly string[], options?: Intl.NumberFormatOptions) {
      super(swap(locales), options);
    }
  }
  class DateTimeFormat extends Intl.DateTimeFormat {
    constructor(locales?: string | readonly string[], options?: Intl.DateTimeFormatOptions) {
      super(swap(locales), {...options, ...(options?.month === 'long' ? {month: 'numeric'} : {})});
    }
  }
  return {NumberFormat: NumberFormat as typeof Intl.NumberFormat, DateTimeFormat: DateTimeFormat as typeof Intl.DateTimeFormat};
}

const dec6 = Date.UTC(2025, 11, 6, 2, 25); // 07:25 on 6 December in Kazakhstan

describe('Kazakh without Kazakh data in Intl', () => {
  const poor = intlWithoutKazakh();

  it('the stand-in really lacks it (what the browser showed)', () => {
    expect(
      new poor.NumberFormat('kk-KZ', {style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0}).format(1234567),
    ).not.toContain(NBSP);
    expect(hasKazakhData(poor)).toBe(false);
    expect(hasKazakhData(Intl)).toBe(true);
  });

  it('still prints money, numbers and dates the Kazakhstan way', () => {
    const f = createFormatters(poor);
    expect(f.formatMoney(123_456_700, 'KZT', 'kk')).toBe(`1${NBSP}234${NBSP}567${NBSP}₸`);
    expect(f.formatMoney(123_450, 'KZT', 'kk')).toBe(`1${NBSP}234,50${NBSP}₸`);
    expect(f.formatNumber(1234567, 'kk')).toBe(`1${NBSP}234${NBSP}567`);
    expect(f.formatDate(dec6, 'Asia/Almaty', 'kk', 'dateTime')).toBe('6 желтоқсан, 07:25');
    expect(f.formatDate(dec6, 'Asia/Almaty', 'kk', 'date')).toBe('2025 ж. 6 желтоқсан');
    expect(f.formatDate(dec6, 'Asia/Almaty', 'kk', 'short')).toBe('06.12, 07:25');
    expect(f.formatDate(dec6, 'Asia/Almaty', 'kk', 'time')).toBe('07:25');
    expect(f.formatDate(Date.UTC(2025, 11, 6, 19), 'Asia/Almaty', 'kk', 'time')).toBe('00:00');
    expect(f.formatDuration(135 * 60_000, 'kk')).toBe('2 сағ 15 мин');
    // Russian and English still come from Intl.
    expect(f.formatMoney(123_400, 'KZT', 'ru')).toBe(`1${NBSP}234${NBSP}₸`);
    expect(f.formatDate(dec6, 'Asia/Almaty', 'en', 'time')).toBe('07:25');
  });

  it('is what the app’s functions print once the host installs formatters for its Intl', () => {
    try {
      installFormatters(createFormatters(poor));
      expect(formatMoney(123_456_700, 'KZT', 'kk')).toBe(`1${NBSP}234${NBSP}567${NBSP}₸`);
      expect(formatDate(dec6, 'Asia/Almaty', 'kk', 'dateTime')).toBe('6 желтоқсан, 07:25');
    } finally {
      installFormatters(createFormatters(Intl, {kazakhData: true}));
    }
  });
});

describe('Kazakhstan conventions match full ICU (the public pages’ Intl)', () => {
  const icu = createFormatters(Intl, {kazakhData: true});
  const byHand = createFormatters(Intl, {kazakhData: false});
  const zones = ['Asia/Almaty', 'Asia/Qostanay', 'Asia/Aqtobe', 'Europe/Moscow', 'UTC', 'America/New_York', 'Asia/Kolkata'];
  const styles: DateStyle[] = ['date', 'time', 'dateTime', 'short', 'numeric', 'weekdayShort', 'weekdayLong'];

  it('dates and times, in every style and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 0, 1)}),
        fc.constantFrom(...zones),
        fc.constantFrom(...styles),
        (ms, zone, style) => {
          expect(byHand.formatDate(ms, zone, 'kk', style)).toBe(icu.formatDate(ms, zone, 'kk', style));
        },
      ),
      {numRuns: 3000},
    );
    for (let month = 0; month < 12; month++) {
      const ms = Date.UTC(2026, month, 6, 7);
      expect(byHand.formatDate(ms, 'Asia/Almaty', 'kk', 'weekdayLong')).toBe(icu.formatDate(ms, 'Asia/Almaty', 'kk', 'weekdayLong'));
    }
  });

  it('money from tiyn, in tenge and other currencies', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({min: -1e12, max: 1e12}), fc.integer({min: -1e6, max: 1e6})),
        fc.constantFrom('KZT', 'KZT', 'RUB', 'USD', 'EUR'),
        (tiyn, currency) => {
          expect(byHand.formatMoney(tiyn, currency, 'kk')).toBe(icu.formatMoney(tiyn, currency, 'kk'));
        },
      ),
      {numRuns: 2000},
    );
  });

  it('numbers and lengths of time', () => {
    fc.assert(
      fc.property(fc.integer({min: -1e12, max: 1e12}), fc.constantFrom(1, 100, 1000), (n, divisor) => {
        expect(byHand.formatNumber(n / divisor, 'kk')).toBe(icu.formatNumber(n / divisor, 'kk'));
      }),
      {numRuns: 2000},
    );
    fc.assert(
      fc.property(fc.integer({min: 0, max: 60 * 86_400_000}), (ms) => {
        expect(byHand.formatDuration(ms, 'kk')).toBe(icu.formatDuration(ms, 'kk'));
      }),
      {numRuns: 1000},
    );
  });
});
