// Money, numbers and dates in the user's language and the company's time zone.
// Money is integer tiyn (1 ₸ = 100 tiyn) and never a float.
//
// One way for the server and the devices: Intl, with Kazakhstan's conventions
// for Kazakh (kazakh.ts) where the Intl at hand has no Kazakh data. Node has it,
// so the public pages use Intl; some Chromium builds do not ("₸ 1,234,567",
// "M12 6"), so the app detects that once (client/src/i18n) and installs
// formatters made for its Intl. Nothing here reads the environment: the Intl is
// passed in, and until a host installs its own the global one is trusted.
import {kkDate, kkDuration, kkMoney, kkNumber} from './kazakh.ts';
import {INTL_LOCALE, type Locale} from './locales.ts';

export type IntlLike = {NumberFormat: typeof Intl.NumberFormat; DateTimeFormat: typeof Intl.DateTimeFormat};

/**
 * `numeric` is "06.12.25"; `weekdayShort` "6, сб" and `weekdayLong`
 * "6 желтоқсан, сенбі" name a day (pass a UTC noon and zone "UTC" for a calendar date).
 */
export type DateStyle = 'date' | 'time' | 'dateTime' | 'short' | 'numeric' | 'weekdayShort' | 'weekdayLong';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: {day: 'numeric', month: 'long', year: 'numeric'},
  time: {hour: '2-digit', minute: '2-digit'},
  dateTime: {day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit'},
  short: {day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit'},
  numeric: {day: '2-digit', month: '2-digit', year: '2-digit'},
  weekdayShort: {weekday: 'short', day: 'numeric'},
  weekdayLong: {weekday: 'long', day: 'numeric', month: 'long'},
};

export type Formatters = {
  formatMoney(tiyn: number, currency: string, locale: Locale): string;
  formatNumber(value: number, locale: Locale): string;
  formatDate(epochMs: number, timeZone: string, locale: Locale, style?: DateStyle): string;
  formatDuration(ms: number, locale: Locale): string;
};

const PROBE_DAY = Date.UTC(2025, 11, 6, 12);

/**
 * Whether this Intl really formats Kazakh. Builds without the data still claim
 * "kk" in resolvedOptions() but print root-locale forms, so the output is what
 * is checked: a month name in Kazakh and digits grouped by spaces.
 */
export function hasKazakhData(intl: IntlLike): boolean {
  try {
    const month = new intl.DateTimeFormat(INTL_LOCALE.kk, {day: 'numeric', month: 'long', timeZone: 'UTC'}).format(PROBE_DAY);
    const number = new intl.NumberFormat(INTL_LOCALE.kk).format(1234567);
    return month.includes('желтоқсан') && number.replace(/\s/gu, ' ') === '1 234 567';
  } catch {
    return false;
  }
}

/** Formatters over the Intl given; Kazakh by Kazakhstan's conventions when that Intl lacks Kazakh data. */
export function createFormatters(intl: IntlLike, options: {kazakhData?: boolean} = {}): Formatters {
  const kazakh = options.kazakhData ?? hasKazakhData(intl);
  const byHand = (locale: Locale) => locale === 'kk' && !kazakh;
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (locale: Locale, o: Intl.NumberFormatOptions = {}) => {
    const key = `${locale}|${JSON.stringify(o)}`;
    let f = numberFormats.get(key);
    if (!f) numberFormats.set(key, (f = new intl.NumberFormat(INTL_LOCALE[locale], o)));
    return f;
  };
  // Making an Intl.DateTimeFormat costs far more than using one (a list of 40 requests spent most of a frame on it).
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (locale: Locale, style: DateStyle, timeZone: string) => {
    const key = `${locale}|${style}|${timeZone}`;
    let f = dateFormats.get(key);
    if (!f) dateFormats.set(key, (f = new intl.DateTimeFormat(INTL_LOCALE[locale], {...OPTIONS[style], timeZone})));
    return f;
  };
  /** "₸" for tenge; another currency's narrow sign from the Russian data every build has. */
  const symbol = (currency: string) =>
    currency === 'KZT'
      ? '₸'
      : (numberFormat('ru', {style: 'currency', currency, currencyDisplay: 'narrowSymbol'})
          .formatToParts(1)
          .find((p) => p.type === 'currency')?.value ?? currency);
  const unit = (locale: Locale, value: number, u: 'day' | 'hour' | 'minute') =>
    byHand(locale) ? kkDuration(value, u) : numberFormat(locale, {style: 'unit', unit: u, unitDisplay: 'short'}).format(value);

  return {
    formatMoney(tiyn, currency, locale) {
      if (byHand(locale)) return kkMoney(tiyn, symbol(currency));
      const whole = tiyn % 100 === 0;
      return numberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2,
      }).format(tiyn / 100);
    },
    formatNumber(value, locale) {
      return byHand(locale) ? kkNumber(value) : numberFormat(locale).format(value);
    },
    formatDate(epochMs, timeZone, locale, style = 'dateTime') {
      if (byHand(locale)) return kkDate(epochMs, timeZone, style);
      return dateFormat(locale, style, timeZone).format(epochMs);
    },
    formatDuration(ms, locale) {
      const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
      if (minutes < 60) return unit(locale, minutes, 'minute');
      const hours = Math.floor(minutes / 60);
      if (hours < 48) return minutes % 60 ? `${unit(locale, hours, 'hour')} ${unit(locale, minutes % 60, 'minute')}` : unit(locale, hours, 'hour');
      return hours % 24 ? `${unit(locale, Math.floor(hours / 24), 'day')} ${unit(locale, hours % 24, 'hour')}` : unit(locale, Math.floor(hours / 24), 'day');
    },
  };
}

// Until a host installs formatters for its own Intl (the app does, at start),
// the global Intl is trusted to have every language's data, as Node's has.
let active: Formatters = createFormatters(Intl, {kazakhData: true});

/** Makes the functions below use these formatters (the app: made for the browser's Intl). */
export function installFormatters(formatters: Formatters): void {
  active = formatters;
}

export function formatMoney(tiyn: number, currency: string, locale: Locale): string {
  return active.formatMoney(tiyn, currency, locale);
}

export function formatNumber(value: number, locale: Locale): string {
  return active.formatNumber(value, locale);
}

export function formatDate(epochMs: number, timeZone: string, locale: Locale, style: DateStyle = 'dateTime'): string {
  return active.formatDate(epochMs, timeZone, locale, style);
}

/** A length of time in words of the language ("2 ч 15 мин", "3 дн. 4 ч"), by Intl. */
export function formatDuration(ms: number, locale: Locale): string {
  return active.formatDuration(ms, locale);
}
