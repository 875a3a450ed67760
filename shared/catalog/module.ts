import {defineModule} from '../module/define.ts';
import {catalogMutators} from '../mutators/catalog.ts';
import {catalogQueries} from '../queries/catalog.ts';

/** The catalog: categories, items, images, CSV. */
export const catalogModule = defineModule({
  key: 'catalog',
  switch: 'catalog',
  permissions: ['catalog.manage'],
  mutators: {catalog: catalogMutators},
  queries: {catalog: catalogQueries},
});
