import {defineClientModule} from '../module/define.ts';

export const catalogClient = defineClientModule({
  key: 'catalog',
  switch: 'catalog',
  path: '/catalog',
  nav: {label: 'nav.catalog', icon: '▦'},
  screen: () => import('./catalog-page.tsx').then((m) => ({default: m.CatalogPage})),
});
