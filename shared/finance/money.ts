// Money is integer minor units with its currency (tiyn for KZT). An invoice in
// another currency records the rate (KZT per unit) of its date; budgets count
// amount_kzt. Printing reuses the app's money format (i18n/format.ts).
import {formatMoney} from '../i18n/format.ts';
import type {Locale} from '../i18n/locales.ts';

export const BASE_CURRENCY = 'KZT';

/** What a budget counts: the amount in KZT minor units (rate 1 for KZT). */
export function amountKzt(amount: number, rate: number): number {
  return Math.round(amount * rate);
}

export type RateRow = {readonly currency: string; readonly on_date: string; readonly rate: number};

/** The rate of a currency on a date: the latest the company recorded on or before it; 1 for KZT. */
export function rateOn(rates: readonly RateRow[], currency: string, onDate: string): number | undefined {
  if (currency === BASE_CURRENCY) return 1;
  let best: RateRow | undefined;
  for (const r of rates) {
    if (r.currency !== currency || r.on_date > onDate) continue;
    if (!best || r.on_date > best.on_date) best = r;
  }
  return best?.rate;
}

/** "1 234 567,50 ₸" in the reader's language. */
export function formatAmount(minor: number, currency: string, locale: Locale): string {
  return formatMoney(minor, currency, locale);
}
