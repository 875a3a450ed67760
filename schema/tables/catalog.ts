// The catalog: categories (nested one level) and items with price, unit,
// availability and images (attachments of entity "catalog_item").
import {boolean, json, number, relationships, string, table} from '@rocicorp/zero';
import {attachment} from './files.ts';
import type {TranslationsJson} from './site.ts';

export const catalogCategory = table('catalog_category')
  .columns({
    id: string(),
    company_id: string(),
    // Assigned by the server (trigger): the stable number in public links.
    number: number().optional(),
    parent_id: string().optional(),
    title: string(),
    tr: json<TranslationsJson>(),
    position: number(),
    archived_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const catalogItem = table('catalog_item')
  .columns({
    id: string(),
    company_id: string(),
    number: number().optional(),
    category_id: string().optional(),
    title: string(),
    description: string(),
    tr: json<TranslationsJson>(),
    price_kind: string<'fixed' | 'from' | 'on_request'>(),
    price: number().optional(),
    /** Minutes of a visit: set, the item is a service clients can book (0305). */
    duration_min: number().optional(),
    unit: string(),
    availability: string<'in_stock' | 'to_order' | 'unavailable'>(),
    is_public: boolean(),
    position: number(),
    archived_at: number().optional(),
    replaced_by: string().optional(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const catalogItemRelationships = relationships(catalogItem, ({many, one}) => ({
  images: many({sourceField: ['id'], destField: ['entity_id'], destSchema: attachment}),
  category: one({sourceField: ['category_id'], destField: ['id'], destSchema: catalogCategory}),
}));
