// The client's booking pages (B7): service → place → day → time → name and
// phone → the booking's own page (calendar file, move, cancel, review).
// Server-rendered, plain links and forms: they work without JavaScript.
import type {Row} from '@rocicorp/zero';
import {slotsByDay} from '#shared/booking/compute.ts';
import type {Slot} from '#shared/booking/slots.ts';
import {html, raw, type SafeHtml} from '../html.ts';
import {href, type Site} from '../site/context.ts';
import type {PublicMaster} from './data.ts';
import {bookPage} from './frame.ts';
import {dayLabel, fieldError, priceLabel, serviceLine, step, summary, timeLabel, whenLabel} from './parts.ts';
import {remindsByEmail, type ClientChannels} from '#shared/booking/rules.ts';
import type {ServiceGroup} from '#shared/booking/service-groups.ts';

type Service = Row['booking_service'];
type Place = Row['booking_place'];
export type Chosen = {service: Service; place: Place; placeCount: number};
export type DetailsForm = {name: string; phone: string; email: string; formId: string};

const DAYS_PER_PAGE = 14;

/** The company's booking: a master first, or a service first (then its masters). */
export function mastersPage(s: Site, masters: readonly PublicMaster[], groups: readonly ServiceGroup<PublicMaster>[], base: string): string {
  const body = masters.length
    ? html`<h1>${s.t('book.title')}</h1><h2>${s.t('book.chooseMaster')}</h2><ul class="opts">${masters.map(
        (m) => html`<li><a class="opt" href="${href(s, `${base}/${m.slug}`)}">${m.display_name}<span>${m.about.slice(0, 80)}</span></a></li>`,
      )}</ul>${
        groups.length
          ? html`<h2>${s.t('book.orService')}</h2><ul class="opts">${groups.map(
              (g) =>
                html`<li><a class="opt" href="${step(s, base, {svc: g.offers[0]!.service.id})}">${g.title}<span>${serviceLine(s, g.offers[0]!.service)}${g.offers.length > 1 ? ` · ${s.t('book.mastersCount', {count: g.offers.length})}` : ` · ${g.offers[0]!.master.display_name}`}</span></a></li>`,
            )}</ul>`
          : ''
      }`
    : html`<div class="card"><h1>${s.t('book.title')}</h1><p>${s.t('book.unavailable')}</p></div>`;
  return bookPage(s, {title: s.t('book.title'), body});
}

/** A service chosen first: the masters who offer it, each with their own length and price. */
export function serviceMastersPage(s: Site, group: ServiceGroup<PublicMaster>, base: string): string {
  const body = html`<p class="chosen"><span>${group.title}</span><a href="${href(s, base)}">${s.t('booking.edit')}</a></p><h1>${s.t('book.chooseMaster')}</h1><ul class="opts">${group.offers.map(
    ({master, service}) =>
      html`<li><a class="opt" href="${step(s, `${base}/${master.slug}`, {service: service.id})}">${master.display_name}<span>${serviceLine(s, service)}</span></a></li>`,
  )}</ul>`;
  return bookPage(s, {title: group.title, body});
}

export function messagePage(s: Site, master: PublicMaster | undefined, title: string, text: string): string {
  return bookPage(s, {title, body: html`<div class="card"><h1>${title}</h1><p>${text}</p></div>`, ...(master && {master}), robots: false});
}

function masterIntro(s: Site, m: PublicMaster): SafeHtml {
  return html`<h1>${s.t('book.title')}</h1>${m.about ? html`<p class="lead">${m.about}</p>` : ''}`;
}

/** "Стрижка · Салон на Абая · change" above each later step. */
function chosenLine(s: Site, path: string, c: Partial<Chosen>, day?: string): SafeHtml {
  const parts: SafeHtml[] = [];
  if (c.service) parts.push(html`<span>${c.service.title}</span><a href="${step(s, path, {})}">${s.t('booking.edit')}</a>`);
  if (c.place && (c.placeCount ?? 1) > 1)
    parts.push(html` · <span>${c.place.name}</span><a href="${step(s, path, {service: c.service?.id})}">${s.t('booking.edit')}</a>`);
  if (day)
    parts.push(html` · <span>${dayLabel(s, day)}</span><a href="${step(s, path, {service: c.service?.id, place: c.place?.id})}">${s.t('book.otherDay')}</a>`);
  return parts.length ? html`<p class="chosen">${parts}</p>` : html``;
}

export function servicesStep(s: Site, m: PublicMaster, path: string): string {
  const body = html`${masterIntro(s, m)}<h2>${s.t('book.chooseService')}</h2>${
    m.services.length
      ? html`<ul class="opts">${m.services.map((sv) => html`<li><a class="opt" href="${step(s, path, {service: sv.id})}">${sv.title}<span>${serviceLine(s, sv)}</span></a></li>`)}</ul>`
      : html`<p>${s.t('book.noSlots')}</p>`
  }`;
  return bookPage(s, {title: s.t('book.chooseService'), body, master: m});
}

export function placesStep(s: Site, m: PublicMaster, path: string, service: Service, places: readonly Place[]): string {
  const body = html`${chosenLine(s, path, {service})}<h1>${s.t('book.choosePlace')}</h1><ul class="opts">${places.map(
    (p) => html`<li><a class="opt" href="${step(s, path, {service: service.id, place: p.id})}">${p.name}<span>${p.address}</span></a></li>`,
  )}</ul>`;
  return bookPage(s, {title: s.t('book.choosePlace'), body, master: m});
}

/** Days that have at least one free slot, two weeks a page. `extra` keeps the move flow's token. */
export function daysStep(
  s: Site,
  m: PublicMaster,
  path: string,
  c: Chosen,
  slots: readonly Slot[],
  from: string | undefined,
  extra: Record<string, string> = {},
): string {
  const days = [...slotsByDay(slots, c.place.timezone).keys()];
  const start = from
    ? Math.max(
        0,
        days.findIndex((d) => d >= from),
      )
    : 0;
  const page = days.slice(start, start + DAYS_PER_PAGE);
  const more = days[start + DAYS_PER_PAGE];
  const earlier = start > 0 ? days[Math.max(0, start - DAYS_PER_PAGE)] : undefined;
  const params = {...extra, service: c.service.id, place: c.place.id};
  const body = html`${chosenLine(s, path, c)}<h1>${s.t('book.chooseDay')}</h1>${
    page.length
      ? html`<ul class="slots days">${page.map((d) => html`<li><a class="slot" href="${step(s, path, {...params, day: d})}">${dayLabel(s, d)}</a></li>`)}</ul>`
      : html`<p>${s.t('book.noSlots')}</p>`
  }<div class="pager">${earlier ? html`<a href="${step(s, path, {...params, from: earlier})}">${s.t('book.earlier')}</a>` : html`<span></span>`}${
    more ? html`<a href="${step(s, path, {...params, from: more})}">${s.t('book.more')}</a>` : ''
  }</div>`;
  return bookPage(s, {title: s.t('book.chooseDay'), body, master: m});
}

export function timesStep(
  s: Site,
  m: PublicMaster,
  path: string,
  c: Chosen,
  day: string,
  slots: readonly Slot[],
  o: {extra?: Record<string, string>; taken?: readonly Slot[]} = {},
): string {
  const params = {...o.extra, service: c.service.id, place: c.place.id, day};
  const list = slotsByDay(slots, c.place.timezone).get(day) ?? [];
  const buttons = (items: readonly Slot[], withDay: boolean) =>
    html`<ul class="slots">${items.map(
      (x) =>
        html`<li><a class="slot" href="${step(s, path, {...params, time: x.start})}">${timeLabel(x.start, c.place.timezone)}${
          withDay ? html`<small>${dayLabel(s, slotDay(x, c.place.timezone))}</small>` : ''
        }</a></li>`,
    )}</ul>`;
  const body = html`${chosenLine(s, path, c, day)}${
    o.taken ? html`<div class="alert" role="alert">${s.t('book.taken')}</div>${buttons(o.taken, true)}` : ''
  }<h1>${s.t('book.chooseTime')}</h1>${list.length ? buttons(list, false) : html`<p>${s.t('book.noDaySlots')}</p>`}<p><a href="${step(s, path, {...o.extra, service: c.service.id, place: c.place.id})}">${s.t('book.otherDay')}</a></p>`;
  return bookPage(s, {title: s.t('book.chooseTime'), body, master: m});
}

export const slotDay = (x: Slot, zone: string) =>
  new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(x.start);

export function bookingSummary(
  s: Site,
  m: PublicMaster,
  c: Pick<Chosen, 'service' | 'place'>,
  start: number,
  serviceTitle = c.service.title,
  price = c.service.price,
): SafeHtml {
  return summary([
    [s.t('book.service'), serviceTitle],
    [s.t('book.when'), whenLabel(s, start, c.place.timezone)],
    [s.t('book.place'), [c.place.name, c.place.address].filter(Boolean).join(', ')],
    [s.t('book.master'), m.display_name],
    [s.t('book.price'), priceLabel(s, price)],
  ]);
}

export function detailsStep(
  channels: ClientChannels,
  s: Site,
  m: PublicMaster,
  path: string,
  c: Chosen,
  slot: Slot,
  v: DetailsForm,
  errors: Record<string, string>,
): string {
  const {t} = s;
  const body = html`${chosenLine(s, path, c, slotDay(slot, c.place.timezone))}<div class="card"><h1>${t('book.yourDetails')}</h1>${bookingSummary(s, m, c, slot.start)}
<form method="post" action="${path}" novalidate>
${Object.keys(errors).length ? html`<div class="alert" role="alert">${errors._ ?? t('pub.request.fixErrors')}</div>` : ''}
<input type="hidden" name="service" value="${c.service.id}"><input type="hidden" name="place" value="${c.place.id}"><input type="hidden" name="time" value="${slot.start}">
<input type="hidden" name="form_id" value="${v.formId}"><input type="hidden" name="src" value="${s.src}"><input type="hidden" name="lang" value="${s.locale}">
<div class="hp" aria-hidden="true"><label for="b-website">Website</label><input id="b-website" name="website" tabindex="-1" autocomplete="off"></div>
<label for="b-name">${t('book.name')}</label><input id="b-name" name="name" maxlength="120" autocomplete="name" required value="${v.name}"${errors.clientName ? raw(' aria-invalid="true"') : ''}>${fieldError(errors, 'clientName')}
<label for="b-phone">${t('book.phone')}</label><input id="b-phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" required value="${v.phone}"${errors.clientPhone ? raw(' aria-invalid="true"') : ''}>${fieldError(errors, 'clientPhone')}
<label for="b-email">${remindsByEmail(channels, m.reminder_offsets) ? t('book.email') : t('book.emailPlain')}</label><input id="b-email" name="email" type="email" autocomplete="email" value="${v.email}"${errors.clientEmail ? raw(' aria-invalid="true"') : ''}>${fieldError(errors, 'clientEmail')}
<button type="submit">${t('book.confirm')}</button></form></div>`;
  return bookPage(s, {title: t('book.yourDetails'), body, master: m, robots: false});
}
