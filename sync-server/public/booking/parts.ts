// Pieces the booking pages share: labels of days, times and prices in the
// visitor's language and the place's zone, and links that keep the choices.
import type {Row} from '@rocicorp/zero';
import {formatDate, formatMoney} from '#shared/i18n/format.ts';
import {INTL_LOCALE} from '#shared/i18n/locales.ts';
import {timeOf} from '#shared/booking/zone.ts';
import {html, type SafeHtml} from '../html.ts';
import {href, type Site} from '../site/context.ts';

export function dayLabel(s: Site, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[s.locale], {weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC'}).format(Date.UTC(y!, m! - 1, d!));
}

export const timeLabel = (ms: number, zone: string) => timeOf(ms, zone);
export const whenLabel = (s: Site, ms: number, zone: string) => formatDate(ms, zone, s.locale, 'dateTime');

export function priceLabel(s: Site, price: number | null | undefined): string {
  return price === null || price === undefined ? s.t('book.priceOnRequest') : formatMoney(price, s.company.currency, s.locale);
}

export function serviceLine(s: Site, service: Pick<Row['booking_service'], 'duration_min' | 'price'>): string {
  return `${s.t('booking.minutesShort', {count: service.duration_min})} · ${priceLabel(s, service.price)}`;
}

/** A link to the same page with these choices (and the visitor's source tag). */
export function step(s: Site, path: string, params: Record<string, string | number | undefined>): string {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') clean[k] = String(v);
  return href(s, path, clean);
}

export function summary(rows: readonly (readonly [string, string])[]): SafeHtml {
  return html`<dl class="sum">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

export function fieldError(errors: Record<string, string>, field: string): SafeHtml | '' {
  return errors[field] ? html`<div class="err">${errors[field]}</div>` : '';
}
