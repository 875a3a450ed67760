// The pages of a booking already made: the client's manage page (move, cancel, calendar), the move's confirmation
// and the review form.
import type {Row} from '@rocicorp/zero';
import type {Slot} from '#shared/booking/slots.ts';
import {formatPhone} from '#shared/phone.ts';
import {html, raw} from '../html.ts';
import {href, type Site} from '../site/context.ts';
import type {PublicMaster} from './data.ts';
import {bookPage} from './frame.ts';
import {fieldError, step} from './parts.ts';
import {bookingSummary, slotDay, type Chosen} from './pages.ts';

type Place = Row['booking_place'];
type Service = Row['booking_service'];

export type ManageView = {
  booking: Row['booking'] & {place: Place | undefined};
  manage: string;
  ics: string;
  mayChange: boolean;
  ended: boolean;
  reviewLink: string | null;
  masterPath: string;
  flash: 'new' | 'moved' | 'cancelled' | null;
  /** How the reminders will reach the client; none: nothing is promised. */
  reminders: readonly string[];
};

export function managePage(s: Site, m: PublicMaster, v: ManageView): string {
  const {t} = s;
  const b = v.booking;
  const place = b.place!;
  const flash =
    v.flash === 'new'
      ? html`<div class="ok" role="status"><b>${t('book.done.title')}</b> ${v.reminders.length ? t('book.done.text') : t('book.done.noReminder')}</div>`
      : v.flash === 'moved'
        ? html`<div class="ok" role="status">${t('book.moved')}</div>`
        : '';
  const cancelled = b.status === 'cancelled';
  const state = cancelled
    ? html`<div class="alert" role="status"><b>${t('book.cancelled')}</b>${b.cancelled_by === 'master' ? html` ${t('book.cancelledByMaster')}` : ''}${
        b.cancel_reason ? html`<br>${t('book.reason', {reason: b.cancel_reason})}` : ''
      }</div><a class="link" href="${href(s, v.masterPath)}">${t('book.again')}</a>`
    : '';
  const actions = cancelled
    ? ''
    : v.ended
      ? html`<p>${t('book.past')}</p>${v.reviewLink ? html`<a class="link" href="${v.reviewLink}">${t('book.review.title')}</a>` : ''}`
      : html`<a class="link" href="${v.ics}">${t('book.addToCalendar')}</a>${
          v.mayChange
            ? html`<a class="link" href="${v.manage.replace('?', '/move?')}">${t('book.reschedule')}</a><p class="m">${t('book.rulesChange', {minutes: m.cancel_before_min})}</p>
<form method="post" action="${v.manage.replace('?', '/cancel?')}"><label for="c-reason">${t('book.cancelReason')}</label><input id="c-reason" name="reason" maxlength="500"><button class="ghost" type="submit">${t('book.cancel')}</button></form>`
            : html`<p class="m">${t('book.tooLate')}</p>`
        }`;
  const body = html`${flash}<div class="card"><h1>${t('book.manage.title')}</h1>${state}${bookingSummary(s, m, {service: {title: b.service_title, price: b.price} as Service, place}, b.starts_at, b.service_title, b.price)}
<p class="m">${b.client_name}, ${formatPhone(b.client_phone)}</p>${actions}</div><p class="m">${t('book.manageHint')}</p>`;
  return bookPage(s, {title: t('book.manage.title'), body, master: m, robots: false});
}

export function moveConfirmStep(s: Site, m: PublicMaster, path: string, c: Chosen, slot: Slot, action: string, k: string): string {
  const body = html`<div class="card"><h1>${s.t('book.reschedule')}</h1>${bookingSummary(s, m, c, slot.start)}
<form method="post" action="${action}"><input type="hidden" name="k" value="${k}"><input type="hidden" name="time" value="${slot.start}"><button type="submit">${s.t('book.reschedule')}</button></form>
<p><a href="${step(s, path, {k, day: slotDay(slot, c.place.timezone)})}">${s.t('book.back')}</a></p></div>`;
  return bookPage(s, {title: s.t('book.reschedule'), body, master: m, robots: false});
}

export type ReviewForm = {rating: string; text: string; formId: string};

export function reviewPage(s: Site, m: PublicMaster, action: string, k: string, v: ReviewForm, errors: Record<string, string>, thanks: boolean): string {
  const {t} = s;
  const body = thanks
    ? html`<div class="card" role="status"><h1>${t('book.review.title')}</h1><p>${t('book.review.thanks')}</p></div>`
    : html`<form class="card" method="post" action="${action}" novalidate><h1>${t('book.review.title')}</h1>
${Object.keys(errors).length ? html`<div class="alert" role="alert">${errors._ ?? t('pub.request.fixErrors')}</div>` : ''}
<input type="hidden" name="k" value="${k}"><input type="hidden" name="form_id" value="${v.formId}">
<fieldset class="rating"><legend>${t('pub.reviews.rating')}</legend>${[5, 4, 3, 2, 1].map(
        (n) =>
          html`<label><input type="radio" name="rating" value="${n}"${String(n) === v.rating ? raw(' checked') : ''}> ${'★'.repeat(n)}${'☆'.repeat(5 - n)}</label>`,
      )}</fieldset>${fieldError(errors, 'rating')}
<label for="r-text">${t('pub.reviews.text')}</label><textarea id="r-text" name="text" maxlength="3000" required>${v.text}</textarea>${fieldError(errors, 'text')}
<button type="submit">${t('book.review.submit')}</button></form>`;
  return bookPage(s, {title: t('book.review.title'), body, master: m, robots: false});
}
