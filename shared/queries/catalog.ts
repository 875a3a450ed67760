import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {companyRows} from './scope.ts';

// The catalog is readable by every member (staff link requests to items);
// writing it takes catalog.manage. The device sorts, filters and searches.
export const catalogQueries = {
  categories: defineQuery(({ctx}) => companyRows('catalog_category', ctx).orderBy('position', 'asc')),

  items: defineQuery(({ctx}) =>
    companyRows('catalog_item', ctx)
      .orderBy('position', 'asc')
      .related('images', (q) => q.where('entity', 'catalog_item').orderBy('created_at', 'asc').related('file')),
  ),

  item: defineQuery(v.object({id: v.string()}), ({args, ctx}) =>
    companyRows('catalog_item', ctx)
      .where('id', args.id)
      .related('images', (q) => q.where('entity', 'catalog_item').orderBy('created_at', 'asc').related('file'))
      .related('category')
      .one(),
  ),
};
