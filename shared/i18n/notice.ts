// A notice (an in-app notification) is stored as message keys with parameters
// and put into words on the device, in its reader's language: "Новая запись:
// Сауле" on a Russian screen, "Жаңа жазылу: Сауле" on a Kazakh one. The server
// renders the same notice in the recipient's language for email, push and the
// row's title/body (rows written before keys existed show only those).
//
// Parameters that depend on the language stay raw until rendering: a moment
// with its zone, a length of time, another message, or a text the server has
// in each language (a request status's name).
import type {NoticeJson} from '#schema/tables/notify.ts';
import type {MessageKey} from './catalog.ts';
import {formatDate, formatDuration, type DateStyle} from './format.ts';
import type {Locale} from './locales.ts';
import {isMessageKey, translate, type Params} from './runtime.ts';

export type NoticeParam =
  | string
  | number
  | {date: number; zone: string; style?: DateStyle}
  | {duration: number}
  | {key: MessageKey}
  | {text: Record<Locale, string>};
export type NoticeText = {key: MessageKey; params?: Record<string, NoticeParam>};
export type Notice = {title: NoticeText; body?: NoticeText};
export type {NoticeJson};

const DATE_STYLES = new Set<string>(['date', 'time', 'dateTime', 'short', 'numeric', 'weekdayShort', 'weekdayLong']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function param(value: unknown, locale: Locale): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (!isObject(value)) return undefined;
  if (typeof value.date === 'number' && typeof value.zone === 'string') {
    const style = typeof value.style === 'string' && DATE_STYLES.has(value.style) ? (value.style as DateStyle) : 'dateTime';
    try {
      return formatDate(value.date, value.zone, locale, style);
    } catch {
      return undefined; // a zone this device does not know
    }
  }
  if (typeof value.duration === 'number') return formatDuration(value.duration, locale);
  if (typeof value.key === 'string') return isMessageKey(value.key) ? translate(locale, value.key) : undefined;
  if (isObject(value.text)) {
    const text = value.text[locale] ?? value.text.ru ?? Object.values(value.text)[0];
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

function text(value: unknown, locale: Locale): string | undefined {
  if (!isObject(value) || typeof value.key !== 'string' || !isMessageKey(value.key)) return undefined;
  const params: Params = {};
  if (value.params !== undefined) {
    if (!isObject(value.params)) return undefined;
    for (const [name, v] of Object.entries(value.params)) {
      const p = param(v, locale);
      if (p === undefined) return undefined;
      params[name] = p;
    }
  }
  return translate(locale, value.key, params);
}

/** A notice in one language; undefined if this device cannot say it (a key it does not know yet, or not a notice). */
export function renderNotice(notice: unknown, locale: Locale): {title: string; body: string} | undefined {
  if (!isObject(notice)) return undefined;
  const title = text(notice.title, locale);
  if (title === undefined) return undefined;
  if (notice.body === undefined || notice.body === null) return {title, body: ''};
  const body = text(notice.body, locale);
  return body === undefined ? undefined : {title, body};
}

/**
 * What a stored notification says to its reader: its notice in their language,
 * or, for rows without one (older rows, or a key this device does not know), the
 * text it was written with. A notice without a body keeps the row's body (a
 * comment's own words, for example).
 */
export function noticeWords(row: {title: string; body: string; message?: unknown}, locale: Locale): {title: string; body: string} {
  const rendered = row.message === undefined || row.message === null ? undefined : renderNotice(row.message, locale);
  if (!rendered) return {title: row.title, body: row.body};
  const hasBody = isObject(row.message) && row.message.body !== undefined && row.message.body !== null;
  return {title: rendered.title, body: hasBody ? rendered.body : row.body};
}
