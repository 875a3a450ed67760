// The public addresses of a company, one place. They are printed on paper
// (QR codes, cards, packaging), so they are stable: /c/<slug>/i/<number> never
// changes meaning, the readable tail after the number is optional, and old
// slugs and replaced items answer with a redirect (sync-server/public/site/).
import {slugify} from '../slug.ts';
import type {CatalogMode} from '../company/validation.ts';
import {VIEW_PATHS} from '../catalog/modes.ts';

export const QR_TARGETS = ['site', 'catalog', 'category', 'item', 'request', 'menu', 'prices', 'reviews', 'contacts', 'book', 'messenger'] as const;
export type QrTarget = (typeof QR_TARGETS)[number];

export const PLACEMENTS = ['table', 'card', 'banner', 'sign', 'packaging', 'flyer', 'window', 'poster'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const CHANNELS = ['wa', 'tg', 'vk'] as const;
export type Channel = (typeof CHANNELS)[number];

/** "qr-table"; a custom placement is reduced to a safe tag ("Стойка 2" → "qr-stoyka-2"). */
export function placementTag(placement: string): string {
  const tag = slugify(placement, 30);
  return `qr-${tag === 'company' && !/company/i.test(placement) ? 'code' : tag}`;
}

export const sitePath = (slug: string) => `/c/${slug}`;

export function itemPath(slug: string, item: {number?: number | null | undefined; title: string}, short = false): string {
  const tail = slugify(item.title, 40);
  return `/c/${slug}/i/${item.number ?? 0}${short || tail === 'company' ? '' : `-${tail}`}`;
}

export function categoryPath(slug: string, category: {number?: number | null | undefined; title: string}, short = false): string {
  const tail = slugify(category.title, 40);
  return `/c/${slug}/catalog/${category.number ?? 0}${short || tail === 'company' ? '' : `-${tail}`}`;
}

export function viewPath(slug: string, mode: CatalogMode | 'catalog'): string {
  return `/c/${slug}/${mode === 'catalog' ? 'catalog' : VIEW_PATHS[mode]}`;
}

/** "12-tort-napoleon" → 12; "12" → 12; anything else → null. */
export function numberFromSegment(segment: string): number | null {
  const m = /^(\d{1,9})(?:-[a-z0-9-]*)?$/.exec(segment);
  return m ? Number(m[1]) : null;
}

export type QrSpec = {
  target: QrTarget;
  /** For category and item: its number; for messenger: the channel. */
  ref?: string | undefined;
  placement: string;
};

export type LinkTargets = {
  slug: string;
  categories: readonly {number?: number | null | undefined; title: string}[];
  items: readonly {number?: number | null | undefined; title: string}[];
};

/** The path a QR code leads to, with its placement tag. Short forms keep the code small. */
export function qrPath(spec: QrSpec, slug: string): string | null {
  const src = `src=${placementTag(spec.placement)}`;
  const base = `/c/${slug}`;
  const simple: Partial<Record<QrTarget, string>> = {
    site: base,
    catalog: `${base}/catalog`,
    request: `${base}/request`,
    menu: `${base}/menu`,
    prices: `${base}/prices`,
    reviews: `${base}/reviews`,
    contacts: `${base}/contacts`,
    book: `${base}/book`,
  };
  const path = spec.target === 'book' && spec.ref ? undefined : simple[spec.target];
  if (path) return `${path}?${src}`;
  const n = spec.ref && /^\d{1,9}$/.test(spec.ref) ? spec.ref : null;
  // A master's own booking link (/c/<slug>/book/<master>): their QR codes show only them.
  if (spec.target === 'book' && spec.ref && /^[a-z0-9][a-z0-9-]{0,39}$/.test(spec.ref)) return `${base}/book/${spec.ref}?${src}`;
  if (spec.target === 'item' && n) return `${base}/i/${n}?${src}`;
  if (spec.target === 'category' && n) return `${base}/catalog/${n}?${src}`;
  if (spec.target === 'messenger' && (CHANNELS as readonly string[]).includes(spec.ref ?? '')) return `${base}/go/${spec.ref}?${src}`;
  return null;
}
