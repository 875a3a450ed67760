// A new company says what kind of business it is, and starts set up for it:
// a salon books clients and lists services; a shop lists goods with photos; a
// café shows a menu; an office runs internal requests. Everything stays
// changeable in settings — this only chooses where day one starts.
import type {TemplateKey} from '../workflow/templates/index.ts';
import type {Module} from './modules.ts';
import type {CatalogMode} from './validation.ts';

export const BUSINESS_KINDS = ['beauty', 'services', 'shop', 'food', 'office', 'other'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

export type BusinessPreset = {catalogMode: CatalogMode; modules: Partial<Record<Module, boolean>>; templates: readonly TemplateKey[]};

export const BUSINESS_PRESETS: Record<BusinessKind, BusinessPreset> = {
  // Salons, barbers, nails, cosmetology: masters' calendars and a service list.
  beauty: {catalogMode: 'services', modules: {booking: true, catalog: true, backoffice: false}, templates: ['small_business']},
  // Repairs, cleaning, tutors, field services: requests first, booking available.
  services: {catalogMode: 'services', modules: {booking: true, catalog: true, backoffice: false}, templates: ['small_business']},
  shop: {catalogMode: 'products', modules: {booking: false, catalog: true, backoffice: false}, templates: ['small_business']},
  food: {catalogMode: 'menu', modules: {booking: false, catalog: true, backoffice: false}, templates: ['small_business']},
  // An office's internal requests (payments, purchases, contracts): the back-office module and its types.
  office: {catalogMode: 'services', modules: {booking: false, backoffice: true}, templates: ['small_business', 'back_office']},
  other: {catalogMode: 'products', modules: {}, templates: ['small_business']},
};
