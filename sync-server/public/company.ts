import type pg from 'pg';
import {LOCALES, type Locale} from '../../shared/i18n/locales.ts';

export type PublicCompany = {id: string; slug: string; name: string; status: string; locale: Locale; locales: readonly Locale[]};

export async function findPublicCompany(pool: pg.Pool, slug: string): Promise<PublicCompany | null> {
  const {rows} = await pool.query<{id: string; slug: string; name: string; status: string; locale: Locale}>(
    'select id, slug, name, status, locale from company where slug = $1',
    [slug.toLowerCase()],
  );
  const row = rows[0];
  if (!row) return null;
  // The company's own language first, then the others it can be read in.
  return {...row, locales: [row.locale, ...LOCALES.filter((l) => l !== row.locale)]};
}
