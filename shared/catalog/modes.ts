// One catalog, five ways to show it (C4): products with photos, a list of
// services, a compact price list, a portfolio gallery, a menu. The company
// picks the default for /catalog; each view also has its own stable path.
import type {CatalogMode} from '../company/validation.ts';

export const VIEW_PATHS: Record<CatalogMode, string> = {
  products: 'products',
  services: 'services',
  price_list: 'prices',
  portfolio: 'portfolio',
  menu: 'menu',
};

export function modeOfPath(path: string): CatalogMode | undefined {
  return (Object.entries(VIEW_PATHS) as [CatalogMode, string][]).find(([, p]) => p === path)?.[0];
}

/** How many rows fit one page within the 14 KB first-flight budget (see sync-server/public/site/budget.pg.test.ts). */
export const PAGE_SIZE: Record<CatalogMode, number> = {
  products: 24,
  services: 30,
  price_list: 60,
  portfolio: 24,
  menu: 60,
};

/** Whether the view shows pictures (and so what it costs per row). */
export const SHOWS_IMAGES: Record<CatalogMode, boolean> = {
  products: true,
  services: false,
  price_list: false,
  portfolio: true,
  menu: false,
};
