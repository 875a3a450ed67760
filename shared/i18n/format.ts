// Money, numbers and dates in the user's language and the company's time zone.
// Money is integer tiyn (1 ₸ = 100 tiyn) and never a float.
import {INTL_LOCALE, type Locale} from './locales.ts';

export function formatMoney(tiyn: number, currency: string, locale: Locale): string {
  const whole = tiyn % 100 === 0;
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(tiyn / 100);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

export type DateStyle = 'date' | 'time' | 'dateTime' | 'short';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: {day: 'numeric', month: 'long', year: 'numeric'},
  time: {hour: '2-digit', minute: '2-digit'},
  dateTime: {day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit'},
  short: {day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit'},
};

export function formatDate(epochMs: number, timeZone: string, locale: Locale, style: DateStyle = 'dateTime'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {...OPTIONS[style], timeZone}).format(epochMs);
}

/** A length of time in words of the language ("2 ч 15 мин", "3 дн. 4 ч"), by Intl. */
export function formatDuration(ms: number, locale: Locale): string {
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(INTL_LOCALE[locale], {style: 'unit', unit: u, unitDisplay: 'short'}).format(value);
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}` : unit(hours, 'hour');
  return hours % 24 ? `${unit(Math.floor(hours / 24), 'day')} ${unit(hours % 24, 'hour')}` : unit(Math.floor(hours / 24), 'day');
}
