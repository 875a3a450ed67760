// Kazakhstan's conventions for Kazakh, written out: what a full-ICU Intl (Node,
// so the public pages) prints for kk-KZ, for an Intl that has no Kazakh data
// (Chromium builds without it answer "₸ 1,234,567" and "M12 6"). format.ts
// uses these only then; kazakh.test.ts checks they match full ICU exactly.
//
// Numbers: groups of three with a no-break space, decimal comma ("1 234 567,5").
// Money: the sign after the amount ("1 234 567 ₸"). Dates: day and month name
// ("6 желтоқсан"), 24-hour time ("6 желтоқсан, 07:25").
import {localParts} from '../booking/zone.ts';

const NBSP = '\u00a0';

/** Month names as dates use them ("6 желтоқсан"), January first. */
export const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;
/** Weekdays, Monday first. */
export const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'] as const;
export const KK_WEEKDAYS_SHORT = ['дс', 'сс', 'ср', 'бс', 'жм', 'сб', 'жс'] as const;
const UNITS = {minute: 'мин', hour: 'сағ', day: 'күн'} as const;

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/** A decimal string ("1234.50") in Kazakh: grouped, comma, minus in front. */
function decimal(negative: boolean, whole: string, fraction: string): string {
  return `${negative ? '-' : ''}${group(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** Like Intl.NumberFormat('kk-KZ') with at most `maxFraction` digits (default 3). */
export function kkNumber(value: number, maxFraction = 3): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(maxFraction).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return decimal(value < 0 || Object.is(value, -0), whole, trimmed);
}

/** Money from integer tiyn: whole tenge without decimals, else two ("1 234,50 ₸"). */
export function kkMoney(tiyn: number, symbol: string): string {
  const abs = Math.abs(Math.round(tiyn));
  const whole = String(Math.floor(abs / 100));
  const cents = abs % 100;
  return `${decimal(tiyn < 0, whole, cents ? String(cents).padStart(2, '0') : '')}${NBSP}${symbol}`;
}

export function kkDuration(value: number, unit: keyof typeof UNITS): string {
  return `${kkNumber(value, 0)} ${UNITS[unit]}`;
}

export type KkDateStyle = 'date' | 'time' | 'dateTime' | 'short' | 'numeric' | 'weekdayShort' | 'weekdayLong';

const two = (n: number) => String(n).padStart(2, '0');

/** Like Intl.DateTimeFormat('kk-KZ') with format.ts's options for each style. */
export function kkDate(epochMs: number, timeZone: string, style: KkDateStyle): string {
  // The wall clock through en-US, whose zone data every Intl has even without Kazakh.
  const w = localParts(epochMs, timeZone);
  const time = `${two(w.hour)}:${two(w.minute)}`;
  const dayMonth = `${w.day} ${KK_MONTHS[w.month - 1]}`;
  switch (style) {
    case 'date':
      return `${w.year} ж. ${dayMonth}`;
    case 'time':
      return time;
    case 'dateTime':
      return `${dayMonth}, ${time}`;
    case 'short':
      return `${two(w.day)}.${two(w.month)}, ${time}`;
    case 'numeric':
      return `${two(w.day)}.${two(w.month)}.${two(w.year % 100)}`;
    case 'weekdayShort':
      return `${w.day}, ${KK_WEEKDAYS_SHORT[w.weekday]}`;
    case 'weekdayLong':
      return `${dayMonth}, ${KK_WEEKDAYS[w.weekday]}`;
  }
}
