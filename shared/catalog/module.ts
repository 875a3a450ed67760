import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {catalogMutators} from '../mutators/catalog.ts';
import {catalogQueries} from '../queries/catalog.ts';

/** The catalog: categories, items, images, CSV. */
export const catalogModule = defineModule({
  key: 'catalog',
  switch: 'catalog',
  permissions: permissionsOf('catalog'),
  mutators: {catalog: catalogMutators},
  queries: {catalog: catalogQueries},
});
