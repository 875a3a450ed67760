// Arguments of the company writes (profile, what is public, modules, slug).
import {z} from 'zod';
import {LOCALES} from '../i18n/locales.ts';
import {optionalEmailField, optionalPhoneField, optionalText, requiredText} from '../validation/schemas.ts';
import {PUBLIC_BLOCKS} from './blocks.ts';
import {dayProblem, isTime, WEEKDAYS} from './hours.ts';
import {MODULES} from './modules.ts';

const opId = z.string().max(64).optional();
const shortList = z.array(z.string().trim().min(1).max(120, 'v.tooLong')).max(30);

export const SOCIAL_NETWORKS = ['instagram', 'facebook', 'tiktok', 'youtube', 'twogis', 'website'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

const url = z
  .string()
  .trim()
  .max(500, 'v.tooLong')
  .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), 'v.url');

const interval = z.object({from: z.string().refine(isTime, 'v.time'), to: z.string().refine(isTime, 'v.time')});
const day = z.object({open: z.boolean(), intervals: z.array(interval).max(6)}).refine((d) => dayProblem(d) === null, 'v.hours');
export const weeklyHoursField = z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<(typeof WEEKDAYS)[number], typeof day>);

/** Telegram usernames: 5–32 letters, digits and underscores; "@name" and t.me links are accepted too. */
export const telegramField = z
  .string()
  .trim()
  .transform((v) => v.replace(/^(https?:\/\/)?(t\.me\/|telegram\.me\/)/i, '').replace(/^@/, ''))
  .refine((v) => v === '' || /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(v), 'v.telegram');

/** VK: a screen name or club123; vk.com / vk.me links are accepted. */
export const vkField = z
  .string()
  .trim()
  .transform((v) => v.replace(/^(https?:\/\/)?(m\.)?(vk\.com\/|vk\.me\/)/i, '').replace(/^@/, ''))
  .refine((v) => v === '' || /^[A-Za-z0-9_.]{2,64}$/.test(v), 'v.vk');

const translationsField = z.partialRecord(z.enum(LOCALES), z.record(z.string(), z.union([z.string().max(5000, 'v.tooLong'), shortList]))).optional();

export const updateProfileArgs = z.object({
  name: requiredText(120).optional(),
  description: optionalText(3000).optional(),
  activities: shortList.optional(),
  services: shortList.optional(),
  phones: z
    .array(optionalPhoneField)
    .max(5)
    .transform((v) => v.filter((p) => p !== ''))
    .optional(),
  email: optionalEmailField.optional(),
  address: optionalText(300).optional(),
  mapUrl: url.optional(),
  social: z.partialRecord(z.enum(SOCIAL_NETWORKS), url).optional(),
  whatsapp: optionalPhoneField.optional(),
  telegram: telegramField.optional(),
  vk: vkField.optional(),
  hours: weeklyHoursField.optional(),
  tr: translationsField,
  opId,
});
export type UpdateProfileArgs = z.input<typeof updateProfileArgs>;

export const CATALOG_MODES = ['products', 'services', 'price_list', 'portfolio', 'menu'] as const;
export type CatalogMode = (typeof CATALOG_MODES)[number];

export const setVisibilityArgs = z.object({
  blocks: z.partialRecord(z.enum(PUBLIC_BLOCKS), z.boolean()).optional(),
  locales: z.array(z.enum(LOCALES)).min(1, 'v.required').max(3).optional(),
  catalogMode: z.enum(CATALOG_MODES).optional(),
  opId,
});
export type SetVisibilityArgs = z.input<typeof setVisibilityArgs>;

export const setModulesArgs = z.object({
  modules: z.partialRecord(z.enum(MODULES), z.boolean()),
  opId,
});
export type SetModulesArgs = z.input<typeof setModulesArgs>;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const setSlugArgs = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'v.tooShort')
    .max(48, 'v.tooLong')
    .refine((v) => SLUG_PATTERN.test(v), 'v.slug'),
  opId,
});
export type SetSlugArgs = z.input<typeof setSlugArgs>;
