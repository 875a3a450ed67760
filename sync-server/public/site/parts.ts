// Pieces the mini-site's pages share: responsive pictures, prices, messenger
// buttons, the hours table and the "open now" line.
import type {Row} from '@rocicorp/zero';
import {hasAnyHours, hoursRowTexts, normalizeHours, openStatus} from '#shared/company/hours.ts';
import {priceLabel} from '#shared/catalog/price.ts';
import {channelsOf} from '#shared/public-site/messengers.ts';
import {html, raw, type SafeHtml} from '../html.ts';
import {base, href, moduleIsOn, on, type Site} from './context.ts';

export const IMAGE_WIDTHS = [320, 640, 960] as const;

/**
 * A picture in WebP (with a JPEG fallback) at the width the screen needs.
 * Below the fold it loads lazily; the first pictures load at once.
 */
export function picture(s: Site, fileId: string, alt: string, o: {sizes: string; eager?: boolean; cls?: string}): SafeHtml {
  const src = `${base(s)}/img/${fileId}/`;
  const set = (ext: string) => IMAGE_WIDTHS.map((w) => `${src}w${w}.${ext} ${w}w`).join(',');
  return html`<picture><source type="image/webp" srcset="${set('webp')}" sizes="${o.sizes}"><img class="${o.cls ?? 'ph'}" src="${src}w640.jpg" srcset="${set('jpg')}" sizes="${o.sizes}" alt="${alt}" ${raw(o.eager ? 'fetchpriority="high"' : 'loading="lazy"')} decoding="async"></picture>`;
}

export function price(s: Site, item: Row['catalog_item']): string {
  return priceLabel(item, s.company.currency, s.locale, s.t);
}

export function availability(s: Site, item: Row['catalog_item']): SafeHtml | '' {
  return item.availability === 'in_stock' ? '' : html`<span class="av ${item.availability}">${s.t(`catalog.availability.${item.availability}`)}</span>`;
}

const CHANNEL_LABEL = {wa: 'WhatsApp', tg: 'Telegram', vk: 'VK'} as const;

/** Buttons that go through our short redirect (it counts the click and its source), then to the messenger. */
export function messengerButtons(s: Site, page: string, item?: {number?: number | null | undefined}): SafeHtml | '' {
  if (!on(s, 'messengers')) return '';
  const channels = channelsOf(s.profile);
  if (!channels.length) return '';
  return html`${channels.map((c) => {
    const params: Record<string, string> = {p: page};
    if (item?.number) params.item = String(item.number);
    const label = item ? s.t('pub.orderVia', {channel: CHANNEL_LABEL[c]}) : CHANNEL_LABEL[c];
    return html`<a class="btn ${c}" rel="nofollow" href="${href(s, `${base(s)}/go/${c}`, params)}">${label}</a>`;
  })}`;
}

export function openLine(s: Site): SafeHtml | '' {
  const hours = normalizeHours(s.profile.hours);
  if (!on(s, 'hours') || !hasAnyHours(hours)) return '';
  const st = openStatus(hours, s.now, s.company.timezone);
  if (st.kind === 'always') return html`<p class="open">${s.t('pub.openAlways')}</p>`;
  if (st.kind === 'open') return html`<p class="open">${s.t('pub.openUntil', {time: st.until.time})}</p>`;
  if (st.kind === 'closed') return html`<p class="closed">${s.t('pub.closedOpens', {day: s.t(`day.${st.opens.day}`), time: st.opens.time})}</p>`;
  return '';
}

export function hoursTable(s: Site): SafeHtml | '' {
  const hours = normalizeHours(s.profile.hours);
  if (!on(s, 'hours') || !hasAnyHours(hours)) return '';
  const {t} = s;
  return html`<h2>${t('site.hours')}</h2><table class="hours">${hoursRowTexts(hours, (d) => t(`day.${d}`)).map(
    (row) => html`<tr><td>${row.days}</td><td>${row.times ?? t('site.hours.closed')}</td></tr>`,
  )}</table>`;
}

/** "Записаться": to the company's booking (a master or a service first, then a time). */
export function bookButton(s: Site): SafeHtml | '' {
  if (!s.booking) return '';
  return html`<a class="btn" href="${href(s, `${base(s)}/book`)}">${s.t('pub.nav.book')}</a>`;
}

export function requestButton(s: Site, extra: Record<string, string> = {}, label?: string): SafeHtml | '' {
  if (!on(s, 'request') || !moduleIsOn(s, 'requests')) return '';
  return html`<a class="btn" href="${href(s, `${base(s)}/request`, extra)}">${label ?? s.t('pub.request.title')}</a>`;
}
