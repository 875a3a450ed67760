// What every mini-site page knows: the company, its profile, the visitor's
// language, the source tag the visitor came with (carried on every link, since
// there are no cookies), and where the site lives.
import type {Row} from '@rocicorp/zero';
import type express from 'express';
import type {PublicContext} from '#shared/auth/context.ts';
import {blockOn, type PublicBlock} from '#shared/company/blocks.ts';
import {moduleOn, type Module} from '#shared/company/modules.ts';
import {translated, translatedList} from '#shared/company/translations.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {createTranslator, type ServerTranslate as Translate} from '#shared/i18n/translate.ts';
import type {PublicCompany} from '../company.ts';

export type ProfileRow = Row['company_profile'];

export type Site = {
  company: PublicCompany;
  profile: ProfileRow;
  locale: Locale;
  t: Translate;
  /** Absolute origin for canonical links and prepared messages. */
  origin: string;
  /** The visitor's source tag ("qr-table"), or "" for a direct visit. */
  src: string;
  req: express.Request;
  now: number;
  logo: string | null;
  ctx: PublicContext;
  /** Booking is on and some master takes bookings: the site offers "Записаться". */
  booking: boolean;
};

export function makeSite(args: Omit<Site, 't' | 'ctx'>): Site {
  return {...args, t: createTranslator(args.locale), ctx: {kind: 'public', companyID: args.company.id}};
}

export const base = (s: Site) => `/c/${s.company.slug}`;

/** A link inside the site that keeps the visitor's source tag (and nothing else). */
export function href(s: Site, path: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (s.src) params.set('src', s.src);
  const q = params.toString();
  return q ? `${path}${path.includes('?') ? '&' : '?'}${q}` : path;
}

export const on = (s: Site, block: PublicBlock) => blockOn(s.profile.public_blocks, block);
export const moduleIsOn = (s: Site, module: Module) => moduleOn(s.company.modules, module);

/** A text of the profile in the visitor's language (falls back to the main one). */
export const text = (s: Site, field: 'description', value: string) => translated(value, s.profile.tr, field, s.locale, s.company.mainLocale);
export const list = (s: Site, field: 'activities' | 'services', value: readonly string[]) =>
  translatedList(value, s.profile.tr, field, s.locale, s.company.mainLocale);

export function itemText(s: Site, row: {title: string; description?: string; tr: Row['catalog_item']['tr']}, field: 'title' | 'description'): string {
  return translated(field === 'title' ? row.title : (row.description ?? ''), row.tr, field, s.locale, s.company.mainLocale);
}
