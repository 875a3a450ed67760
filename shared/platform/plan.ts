// Tariff plans as data (issue 18, P4): which modules, how many members, how much
// storage, how many messages a month, the price and the trial. Pure: the
// console's routes validate with these schemas, the server's limits and the
// settings screen read the same helpers.
import {z} from 'zod';
import {MODULES, type Module} from '../company/modules.ts';

export const PLAN_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A plan's name in every language the app speaks. */
export type PlanName = {ru: string; kk: string; en: string};

export type Plan = {
  key: string;
  name: PlanName;
  modules: Module[];
  /** Null: no limit. */
  maxMembers: number | null;
  storageMb: number | null;
  messagesPerMonth: number | null;
  priceMonthTiyn: number;
  priceYearTiyn: number;
  trialDays: number;
  archived: boolean;
};

export type PlanWithCount = Plan & {companies: number};

const nameText = z.string().trim().min(1, 'v.required').max(60, 'v.tooLong');
const limit = (min: number) => z.number('v.number').int('v.number').min(min, 'plan.v.limitMin').max(1_000_000_000, 'plan.v.limitMax').nullable();
const money = z.number('v.number').int('v.number').min(0, 'plan.v.priceMin').max(1_000_000_000_00, 'plan.v.limitMax');

const planFields = {
  name: z.object({ru: nameText, kk: nameText, en: nameText}),
  modules: z
    .array(z.enum(MODULES, 'v.invalid'))
    .max(MODULES.length)
    .transform((m) => MODULES.filter((x) => m.includes(x))),
  maxMembers: limit(1),
  storageMb: limit(1),
  messagesPerMonth: limit(0),
  priceMonthTiyn: money,
  priceYearTiyn: money,
  trialDays: z.number('v.number').int('v.number').min(0, 'plan.v.trialDays').max(365, 'plan.v.trialDays'),
  archived: z.boolean(),
};

/** A new plan: everything but the count of its companies. */
export const createPlanArgs = z.object({
  key: z.string().trim().toLowerCase().regex(PLAN_KEY, 'plan.v.key'),
  ...planFields,
  maxMembers: planFields.maxMembers.default(null),
  storageMb: planFields.storageMb.default(null),
  messagesPerMonth: planFields.messagesPerMonth.default(null),
  priceMonthTiyn: planFields.priceMonthTiyn.default(0),
  priceYearTiyn: planFields.priceYearTiyn.default(0),
  trialDays: planFields.trialDays.default(0),
  archived: planFields.archived.default(false),
});

/** A change to a plan: any of its fields but the key. */
export const updatePlanArgs = z.object(planFields).partial();

export const assignPlanArgs = z.object({planKey: z.string().trim().regex(PLAN_KEY, 'plan.v.key'), trial: z.boolean().optional()});

export const markPaidArgs = z.object({
  months: z.number('v.number').int('v.number').min(1, 'plan.v.months').max(36, 'plan.v.months'),
  amountTiyn: money,
  note: z.string().trim().max(500, 'v.tooLong').optional(),
});

/** The modules a plan does not include: these are off in its companies, whatever their switches say. */
export function modulesMissing(planModules: readonly string[]): Module[] {
  return MODULES.filter((m) => !planModules.includes(m));
}

/** Whether the plan is ever billed: a price, and a date to be paid by. */
export function isBilled(plan: Pick<Plan, 'priceMonthTiyn' | 'priceYearTiyn'>): boolean {
  return plan.priceMonthTiyn > 0 || plan.priceYearTiyn > 0;
}

export const LIMITS = ['members', 'storage', 'messages'] as const;
export type LimitKind = (typeof LIMITS)[number];

/** The plan's limit of this kind, in its unit (members, bytes, messages); null for none. */
export function planLimit(plan: Pick<Plan, 'maxMembers' | 'storageMb' | 'messagesPerMonth'>, kind: LimitKind): number | null {
  if (kind === 'members') return plan.maxMembers;
  if (kind === 'storage') return plan.storageMb === null ? null : plan.storageMb * 1024 * 1024;
  return plan.messagesPerMonth;
}

/** What a refusal says: which limit, how much is used, what the plan allows. */
export type LimitRefusal = {kind: LimitKind; limit: number; usage: number};

/** Null when `adding` more still fits under the limit; the refusal's data otherwise. */
export function limitRefusal(kind: LimitKind, limitValue: number | null, usage: number, adding: number): LimitRefusal | null {
  if (limitValue === null || adding <= 0) return null;
  return usage + adding > limitValue ? {kind, limit: limitValue, usage} : null;
}

/** A share of the limit used, 0..1 (for the bars); null when there is no limit. */
export function usageShare(limitValue: number | null, usage: number): number | null {
  if (limitValue === null) return null;
  if (limitValue === 0) return 1;
  return Math.min(1, Math.max(0, usage / limitValue));
}

/** Bytes in megabytes for the words ("120,5 МБ"): one decimal, never "0" for something stored. */
export function megabytes(bytes: number): number {
  const mb = bytes / (1024 * 1024);
  return mb > 0 && mb < 0.1 ? 0.1 : Math.round(mb * 10) / 10;
}
