// Prices are integer tiyn (1 ₸ = 100 tiyn), never floats. People type tenge
// as they write it ("1 500", "1500,50", "1 500 ₸"); this reads and prints them.
import {formatMoney} from '../i18n/format.ts';
import type {Locale} from '../i18n/locales.ts';
import type {Translate} from '../i18n/translate.ts';

export const PRICE_KINDS = ['fixed', 'from', 'on_request'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

export const MAX_PRICE_TIYN = 1_000_000_000_000; // 10 billion tenge

/** "1 500,50 ₸" → 150050; "" → null; anything else → undefined (not a price). */
export function parseTenge(input: string): number | null | undefined {
  const cleaned = input.replace(/[\s\u00a0\u202f]/g, '').replace(/₸|тг\.?|тенге|kzt/gi, '');
  if (cleaned === '') return null;
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!m) return undefined;
  const tiyn = Number(m[1]) * 100 + (m[2] ? Number(m[2].padEnd(2, '0')) : 0);
  return Number.isSafeInteger(tiyn) && tiyn <= MAX_PRICE_TIYN ? tiyn : undefined;
}

/** 150050 → "1500,50" for an input field (no grouping, so it parses back). */
export function tengeInput(tiyn: number | null | undefined): string {
  if (tiyn === null || tiyn === undefined) return '';
  const whole = Math.floor(tiyn / 100);
  const rest = tiyn % 100;
  return rest ? `${whole},${String(rest).padStart(2, '0')}` : String(whole);
}

export type Priced = {price_kind: string; price?: number | null | undefined; unit?: string};

/** "1 500 ₸", "от 1 500 ₸ / час", "Цена по запросу". */
export function priceLabel(item: Priced, currency: string, locale: Locale, t: Translate): string {
  if (item.price_kind === 'on_request' || item.price === null || item.price === undefined) return t('catalog.price.onRequest');
  const money = formatMoney(item.price, currency, locale);
  const base = item.price_kind === 'from' ? t('catalog.price.from', {price: money}) : money;
  return item.unit ? `${base} / ${item.unit}` : base;
}
