// A public page of a company the platform stopped (issue 18): 503 "temporarily
// unavailable" in the visitor's language — never its data, and not a 404 (the
// page is still there; search engines and calendars come back later).
import type express from 'express';
import type {Locale} from '#shared/i18n/locales.ts';
import {requestLocale} from '../rest/locale.ts';
import {refusalPage} from './refusal-page.ts';

export const suspendedPage = (locale: Locale, path: string): string => refusalPage(locale, path, 'pub.suspended', false);

export function sendSuspended(req: express.Request, res: express.Response, locale: Locale = requestLocale(req)): void {
  res.status(503).set({'Cache-Control': 'no-store', 'Retry-After': '3600'}).type('html').send(suspendedPage(locale, req.originalUrl));
}
