import type pg from 'pg';
import type {ModuleSwitches} from '#shared/company/modules.ts';
import {isLocale, LOCALES, type Locale} from '#shared/i18n/locales.ts';

export type PublicCompany = {
  id: string;
  slug: string;
  name: string;
  status: string;
  /** The language the page opens in: the company's own, if it offers it. */
  locale: Locale;
  /** The company's main language: its texts are written in it. */
  mainLocale: Locale;
  /** The languages the company offers on its public pages. */
  locales: readonly Locale[];
  modules: ModuleSwitches;
  timezone: string;
  currency: string;
};

type Row = {
  id: string;
  slug: string;
  name: string;
  status: string;
  locale: Locale;
  timezone: string;
  currency: string;
  public_locales: unknown;
  modules: ModuleSwitches | null;
};

export async function findPublicCompany(pool: pg.Pool, slug: string): Promise<PublicCompany | null> {
  const {rows} = await pool.query<Row>(
    `select c.id, c.slug, c.name, c.status, c.locale, c.timezone, c.currency, p.public_locales, p.modules
       from company c left join company_profile p on p.company_id = c.id
      where c.slug = $1`,
    [slug.toLowerCase()],
  );
  const row = rows[0];
  if (!row) return null;
  const offered = Array.isArray(row.public_locales) ? row.public_locales.filter(isLocale) : [];
  const locales = offered.length ? offered : [row.locale, ...LOCALES.filter((l) => l !== row.locale)];
  const locale = locales.includes(row.locale) ? row.locale : locales[0]!;
  const {public_locales: _p, modules, ...company} = row;
  return {...company, locale, mainLocale: row.locale, locales, modules: modules ?? {}};
}

/** The company a former slug belonged to, for a permanent redirect to its current address. */
export async function currentSlugFor(pool: pg.Pool, oldSlug: string): Promise<string | null> {
  const {rows} = await pool.query<{slug: string}>('select c.slug from company_slug s join company c on c.id = s.company_id where s.id = $1', [
    oldSlug.toLowerCase(),
  ]);
  return rows[0]?.slug ?? null;
}
