// The server's catalog: every language, loaded synchronously — the app's words
// (bundles/app-<locale>.ts, the same tables the device loads one language at a
// time) plus the modules only the server-rendered pages speak (the public
// request form, the public site, the booking pages and their emails). A
// server-only module adds one line to SERVER_ONLY.
//
// Types: MessageKey is a key the app knows (what shared/ and client/ may say);
// ServerMessageKey adds the server-only keys.
import {mergeCatalogs, type Message} from './define.ts';
import type {Locale} from './locales.ts';
import {messages as appRu} from './bundles/app-ru.ts';
import {messages as appKk} from './bundles/app-kk.ts';
import {messages as appEn} from './bundles/app-en.ts';
import {ru as publicRu} from './messages/public/ru.ts';
import {kk as publicKk} from './messages/public/kk.ts';
import {en as publicEn} from './messages/public/en.ts';
import {ru as publicSiteRu} from './messages/public-site/ru.ts';
import {kk as publicSiteKk} from './messages/public-site/kk.ts';
import {en as publicSiteEn} from './messages/public-site/en.ts';
import {ru as bookingPublicRu} from './messages/booking-public/ru.ts';
import {kk as bookingPublicKk} from './messages/booking-public/kk.ts';
import {en as bookingPublicEn} from './messages/booking-public/en.ts';
import {ru as httpRu} from './messages/http/ru.ts';
import {kk as httpKk} from './messages/http/kk.ts';
import {en as httpEn} from './messages/http/en.ts';
import {ru as botRu} from './messages/bot/ru.ts';
import {kk as botKk} from './messages/bot/kk.ts';
import {en as botEn} from './messages/bot/en.ts';
import {ru as calMailRu} from './messages/calendar-mail/ru.ts';
import {kk as calMailKk} from './messages/calendar-mail/kk.ts';
import {en as calMailEn} from './messages/calendar-mail/en.ts';
import {ru as analyticsPdfRu} from './messages/analytics-pdf/ru.ts';
import {kk as analyticsPdfKk} from './messages/analytics-pdf/kk.ts';
import {en as analyticsPdfEn} from './messages/analytics-pdf/en.ts';
import {ru as platformAdminRu} from './messages/platform-admin/ru.ts';
import {kk as platformAdminKk} from './messages/platform-admin/kk.ts';
import {en as platformAdminEn} from './messages/platform-admin/en.ts';
import {ru as connectRu} from './messages/connect/ru.ts';
import {kk as connectKk} from './messages/connect/kk.ts';
import {en as connectEn} from './messages/connect/en.ts';

const SERVER_ONLY = [
  {ru: publicRu, kk: publicKk, en: publicEn},
  {ru: publicSiteRu, kk: publicSiteKk, en: publicSiteEn},
  {ru: bookingPublicRu, kk: bookingPublicKk, en: bookingPublicEn},
  {ru: httpRu, kk: httpKk, en: httpEn},
  {ru: botRu, kk: botKk, en: botEn},
  {ru: calMailRu, kk: calMailKk, en: calMailEn},
  {ru: analyticsPdfRu, kk: analyticsPdfKk, en: analyticsPdfEn},
  {ru: platformAdminRu, kk: platformAdminKk, en: platformAdminEn},
  {ru: connectRu, kk: connectKk, en: connectEn},
] as const;

export type MessageKey = keyof typeof appRu & string;
export type ServerOnlyMessageKey = keyof (typeof publicRu &
  typeof publicSiteRu &
  typeof bookingPublicRu &
  typeof httpRu &
  typeof botRu &
  typeof calMailRu &
  typeof analyticsPdfRu &
  typeof platformAdminRu &
  typeof connectRu) &
  string;
export type ServerMessageKey = MessageKey | ServerOnlyMessageKey;

const serverOnly = (locale: Locale) => SERVER_ONLY.map((m) => m[locale] as Record<string, Message>);

export const CATALOG: Record<Locale, Record<ServerMessageKey, Message>> = {
  ru: mergeCatalogs([appRu, ...serverOnly('ru')]) as Record<ServerMessageKey, Message>,
  kk: mergeCatalogs([appKk, ...serverOnly('kk')]) as Record<ServerMessageKey, Message>,
  en: mergeCatalogs([appEn, ...serverOnly('en')]) as Record<ServerMessageKey, Message>,
};

/** Keys only the server-rendered pages say: never in the device's chunks. */
export const SERVER_ONLY_KEYS: ReadonlySet<string> = new Set(serverOnly('ru').flatMap((m) => Object.keys(m)));
