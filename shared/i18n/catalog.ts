// Every module's messages, merged per language. A new module adds one import here.
import type {Message} from './define.ts';
import type {Locale} from './locales.ts';
import {auth} from './messages/auth.ts';
import {common} from './messages/common.ts';
import {outbox} from './messages/outbox.ts';
import {publicPages} from './messages/public.ts';
import {requests} from './messages/requests.ts';
import {team} from './messages/team.ts';
import {validation} from './messages/validation.ts';
import {catalog} from './messages/catalog.ts';
import {site} from './messages/site.ts';
import {publicSite} from './messages/public-site.ts';
import {requestSettings} from './messages/request-settings.ts';
import {booking} from './messages/booking.ts';
import {bookingPublic} from './messages/booking-public.ts';
import {crm} from './messages/crm.ts';
import {requestViews} from './messages/request-views.ts';
import {ops} from './messages/ops.ts';
import {rest} from './messages/rest.ts';

const modules = [common, auth, requests, team, publicPages, validation, outbox, catalog, site, publicSite, requestSettings, booking, bookingPublic, crm, requestViews, ops, rest] as const;

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends {ru: infer M} ? M : never) & Merge<R>
  : unknown;

export type MessageKey = keyof Merge<typeof modules> & string;

function merge(locale: Locale): Record<MessageKey, Message> {
  const out: Record<string, Message> = {};
  for (const m of modules) {
    for (const [key, value] of Object.entries(m[locale])) {
      if (key in out) throw new Error(`i18n key defined twice: ${key}`);
      out[key] = value;
    }
  }
  return out as Record<MessageKey, Message>;
}

export const CATALOG: Record<Locale, Record<MessageKey, Message>> = {
  ru: merge('ru'),
  kk: merge('kk'),
  en: merge('en'),
};
