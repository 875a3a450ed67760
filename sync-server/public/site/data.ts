// The public reads of the mini-site. They start from companyRows() with the
// visitor's public context, like every tenant read, and add what "public"
// means: not archived, shown on the site, of a category that is not archived.
import type {Row} from '@rocicorp/zero';
import type {PublicContext} from '#shared/auth/context.ts';
import {companyRows} from '#shared/queries/scope.ts';
import type {ZeroDb} from '../../zero/db.ts';

export type PublicItem = Row['catalog_item'] & {images: readonly {file_id: string}[]};
export type PublicCategory = Row['catalog_category'];

export async function loadProfile(zdb: ZeroDb, ctx: PublicContext) {
  const profile = await zdb.run(
    companyRows('company_profile', ctx)
      .related('images', (q) => q.where('entity', 'company_profile').where('kind', 'logo').orderBy('created_at', 'desc').limit(1))
      .one(),
  );
  return profile ? {profile, logo: profile.images[0]?.file_id ?? null} : null;
}

export async function loadCatalog(zdb: ZeroDb, ctx: PublicContext): Promise<{items: PublicItem[]; categories: PublicCategory[]}> {
  const [items, categories] = await Promise.all([
    zdb.run(
      companyRows('catalog_item', ctx)
        .where('is_public', true)
        .where('archived_at', 'IS', null)
        .orderBy('position', 'asc')
        .related('images', (q) => q.where('entity', 'catalog_item').orderBy('created_at', 'asc')),
    ),
    zdb.run(companyRows('catalog_category', ctx).where('archived_at', 'IS', null).orderBy('position', 'asc')),
  ]);
  const live = new Set(categories.map((c) => c.id));
  // A sub-category of an archived category is hidden with it.
  const visible = categories.filter((c) => !c.parent_id || live.has(c.parent_id));
  const shown = new Set(visible.map((c) => c.id));
  return {items: items.filter((i) => !i.category_id || shown.has(i.category_id)), categories: visible};
}

/** Any item by its public number, archived or not (old links must answer). */
export async function itemByNumber(zdb: ZeroDb, ctx: PublicContext, number: number) {
  return zdb.run(
    companyRows('catalog_item', ctx)
      .where('number', number)
      .related('images', (q) => q.where('entity', 'catalog_item').orderBy('created_at', 'asc'))
      .related('category')
      .one(),
  );
}

export async function itemById(zdb: ZeroDb, ctx: PublicContext, id: string) {
  return zdb.run(companyRows('catalog_item', ctx).where('id', id).one());
}

export async function categoryByNumber(zdb: ZeroDb, ctx: PublicContext, number: number) {
  return zdb.run(companyRows('catalog_category', ctx).where('number', number).where('archived_at', 'IS', null).one());
}

export async function publishedReviews(zdb: ZeroDb, ctx: PublicContext, limit = 50) {
  return zdb.run(companyRows('review', ctx).where('status', 'published').orderBy('created_at', 'desc').limit(limit));
}

/** Whether a file may be shown to anyone: an image of a public item or the company's own picture. */
export async function isPublicImage(zdb: ZeroDb, ctx: PublicContext, fileId: string): Promise<boolean> {
  const atts = await zdb.run(companyRows('attachment', ctx).where('file_id', fileId));
  for (const a of atts) {
    if (a.entity === 'company_profile') return true;
    if (a.entity === 'catalog_item') {
      const item = await itemById(zdb, ctx, a.entity_id);
      if (item && item.is_public && item.archived_at === null) return true;
    }
  }
  return false;
}
