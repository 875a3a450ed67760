// Custom fields are data (a definition row per field, values in one JSON
// column), never DDL: a company adds a field in seconds, and an archived field
// keeps its values readable. Values are checked here, on both sides.
import {z} from 'zod';
import type {FieldIssue} from '../errors.ts';
import {localized, type Localized} from './types.ts';

export const FIELD_KINDS = [
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'select',
  'multi_select',
  'checkbox',
  'person',
  'client',
  'files',
  'link',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const fieldOptionSchema = z.object({key: z.string().regex(/^[a-z0-9_]{1,40}$/), label: localized});
export type FieldOption = z.output<typeof fieldOptionSchema>;

export type FieldDef = {
  key: string;
  label: Localized;
  kind: FieldKind;
  options: readonly FieldOption[];
  required: boolean;
  requiredFrom?: string | null | undefined;
  archived?: boolean | undefined;
  /** A hint under the input, in each language. */
  help?: Partial<Localized> | undefined;
  /** What a new request starts with. */
  defaultValue?: unknown;
};

export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'boolean') return value;
  return true;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a value does not fit its field, as a message key, or null. */
export function valueProblem(def: FieldDef, value: unknown): FieldIssue['code'] | null {
  if (!isFilled(value)) return null;
  switch (def.kind) {
    case 'text':
      return typeof value === 'string' && value.length <= 500 ? null : 'v.tooLong';
    case 'long_text':
      return typeof value === 'string' && value.length <= 10_000 ? null : 'v.tooLong';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'v.number';
    case 'money':
      // Integer tiyn, never a float.
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? null : 'v.money';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'v.date';
    case 'datetime':
      return typeof value === 'number' && Number.isSafeInteger(value) ? null : 'v.date';
    case 'select':
      return typeof value === 'string' && def.options.some((o) => o.key === value) ? null : 'v.invalid';
    case 'multi_select':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && def.options.some((o) => o.key === v)) ? null : 'v.invalid';
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'v.invalid';
    case 'person':
    case 'client':
      return typeof value === 'string' && value.length <= 64 ? null : 'v.invalid';
    case 'files':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'v.invalid';
    case 'link':
      return typeof value === 'string' && /^https?:\/\/\S+$/i.test(value) && value.length <= 2000 ? null : 'v.link';
  }
}

/**
 * Checks values against their definitions: unknown keys are refused, archived
 * fields keep their old values, and `requiredNow` lists what must be filled.
 */
export function validateCustomFields(defs: readonly FieldDef[], values: Readonly<Record<string, unknown>>, requiredNow: readonly FieldDef[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byKey = new Map(defs.map((d) => [d.key, d]));
  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) {
      issues.push({field: `fields.${key}`, code: 'v.invalid'});
      continue;
    }
    const problem = valueProblem(def, value);
    if (problem) issues.push({field: `fields.${key}`, code: problem});
  }
  for (const def of requiredNow) {
    if (!isFilled(values[def.key])) issues.push({field: `fields.${def.key}`, code: 'v.required'});
  }
  return issues;
}

export function fieldLabel(def: Pick<FieldDef, 'label'>, locale: 'ru' | 'kk' | 'en'): string {
  return def.label[locale] || def.label.ru;
}
