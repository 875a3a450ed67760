// The company's cabinet and public mini-site: its profile (one row per company),
// the slugs it has had, reviews from visitors, and anonymous page counters.
import {json, number, relationships, string, table} from '@rocicorp/zero';
import {attachment} from './files.ts';

/** Texts in other languages, per language then field: {kk: {description: "…"}}. */
export type TranslationsJson = {readonly [locale: string]: {readonly [field: string]: string | readonly string[]}};
/** Per weekday ("mon"…"sun"): open or not, and the working intervals (breaks are the gaps). */
export type HoursJson = {readonly [day: string]: {readonly open: boolean; readonly intervals: readonly {readonly from: string; readonly to: string}[]}};

export const companyProfile = table('company_profile')
  .columns({
    id: string(),
    company_id: string(),
    description: string(),
    activities: json<readonly string[]>(),
    services: json<readonly string[]>(),
    phones: json<readonly string[]>(),
    email: string(),
    address: string(),
    map_url: string(),
    social: json<{readonly [network: string]: string}>(),
    whatsapp: string(),
    telegram: string(),
    vk: string(),
    hours: json<HoursJson>(),
    public_blocks: json<{readonly [block: string]: boolean}>(),
    modules: json<{readonly [module: string]: boolean}>(),
    public_locales: json<readonly string[]>(),
    catalog_mode: string<'products' | 'services' | 'price_list' | 'portfolio' | 'menu'>(),
    tr: json<TranslationsJson>(),
    updated_at: number(),
  })
  .primaryKey('id');

export const companySlug = table('company_slug')
  .columns({
    id: string(),
    company_id: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const review = table('review')
  .columns({
    id: string(),
    company_id: string(),
    author_name: string(),
    rating: number(),
    text: string(),
    status: string<'pending' | 'published' | 'hidden'>(),
    source: string(),
    catalog_item_id: string().optional(),
    reply: string(),
    // A review left after a booked visit (0300): the visit and its master.
    booking_id: string().optional(),
    master_id: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const siteStat = table('site_stat')
  .columns({
    id: string(),
    company_id: string(),
    day: string(),
    kind: string<'view' | 'click' | 'request' | 'review' | 'visitor'>(),
    page: string(),
    ref_id: string(),
    source: string(),
    channel: string(),
    count: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const companyProfileRelationships = relationships(companyProfile, ({many}) => ({
  images: many({sourceField: ['id'], destField: ['entity_id'], destSchema: attachment}),
}));
