// Money typed and shown on the finance screens: integer minor units (tiyn for
// tenge) in, "1 250 000 ₸" out. A typed amount accepts spaces between
// thousands and a comma or a dot before the minor part; anything else is null.
import {dayOf} from '#shared/booking/zone.ts';
import {parseTenge, tengeInput} from '#shared/catalog/price.ts';
import {formatMoney} from '#shared/i18n/format.ts';
import type {Locale} from '#shared/i18n/locales.ts';

/** "1 250 000,50" → 125000050; "" or nonsense → null (the catalog's reading of typed tenge). */
export function parseAmount(text: string): number | null {
  return parseTenge(text) ?? null;
}

/** 125000050 → "1250000,50": what an amount field starts from (parses back). */
export const amountText = tengeInput;

/** A rate as typed ("485,12") → KZT per unit as a number, or null. */
export function parseRate(text: string): number | null {
  const s = text.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const v = Number(s);
  return v > 0 ? v : null;
}

export function money(minor: number, locale: Locale, currency = 'KZT'): string {
  return formatMoney(minor, currency, locale);
}

/** Today's calendar date in the company's zone, `YYYY-MM-DD`. */
export function today(timeZone: string, now = Date.now()): string {
  return dayOf(now, timeZone);
}

/** "2026-12-05" → "05.12.2026". */
export function dateText(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : ymd;
}
