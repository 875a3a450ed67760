// The words of booking messages, in the client's language and the place's zone.
import {formatDate} from '#shared/i18n/format.ts';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import {renderNotice, type Notice} from '#shared/i18n/notice.ts';
import {createTranslator, type ServerTranslate as Translate} from '#shared/i18n/translate.ts';
import {formatPhone} from '#shared/phone.ts';
import type {BookingView} from './load.ts';

export function clientLocale(b: BookingView): Locale {
  return isLocale(b.client_locale) ? b.client_locale : isLocale(b.company_locale) ? b.company_locale : 'ru';
}

export function whenText(b: {starts_at: number; timezone: string}, locale: Locale): string {
  return formatDate(b.starts_at, b.timezone, locale, 'dateTime');
}

export function placeText(b: BookingView): string {
  return b.place_address ? `${b.place_name}, ${b.place_address}` : b.place_name;
}

export type ClientEvent = 'created' | 'reminder' | 'moved' | 'cancelled' | 'review';

const KEYS = {
  created: ['notify.created.subject', 'notify.created.body'],
  reminder: ['notify.reminder.subject', 'notify.reminder.body'],
  moved: ['notify.moved.subject', 'notify.moved.body'],
  cancelled: ['notify.cancelled.subject', 'notify.cancelled.body'],
  review: ['notify.review.subject', 'notify.review.body'],
} as const;

export function clientText(b: BookingView, event: ClientEvent, link: string): {title: string; body: string; t: Translate} {
  const locale = clientLocale(b);
  const t = createTranslator(locale);
  const params = {
    name: b.client_name,
    master: b.master_name,
    service: b.service_title,
    when: whenText(b, locale),
    place: placeText(b),
    link,
    reason: b.cancel_reason ? t('notify.reason', {reason: b.cancel_reason}) : '',
  };
  const [subject, body] = KEYS[event];
  return {title: t(subject, params), body: `${t(body, params).replace(/ \n/g, '\n')}\n\n${t('notify.footer')}`, t};
}

/** What the master hears, as keys (their devices say it in their language) and in words of `locale` (push, email). */
export function masterText(b: BookingView, event: 'created' | 'moved' | 'cancelled', locale: Locale): {title: string; body: string; notice: Notice} {
  const notice: Notice = {
    title: {key: `notify.master.${event}`, params: {client: b.client_name}},
    body: {
      key: 'notify.master.details',
      params: {service: b.service_title, when: {date: b.starts_at, zone: b.timezone, style: 'dateTime'}, phone: formatPhone(b.client_phone)},
    },
  };
  return {...renderNotice(notice, locale)!, notice};
}
