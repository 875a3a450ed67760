// A request's workflow comes from its type row (JSON, validated here); a
// request without a type, or a type whose stored workflow does not parse,
// follows the built-in five statuses — a request is never left without rules.
import type {Locale} from '../i18n/locales.ts';
import {fieldOptionSchema, type FieldDef, type FieldKind} from './fields.ts';
import {SMALL_BUSINESS_WORKFLOW} from './templates/small-business.ts';
import {assignmentSchema, workflowSchema, type Assignment, type Localized, type Workflow} from './types.ts';

export const DEFAULT_WORKFLOW: Workflow = workflowSchema.parse(SMALL_BUSINESS_WORKFLOW);

export function parseWorkflow(raw: unknown): Workflow {
  const r = workflowSchema.safeParse(raw);
  return r.success ? r.data : DEFAULT_WORKFLOW;
}

export function parseAssignment(raw: unknown): Assignment {
  const r = assignmentSchema.safeParse(raw);
  return r.success ? r.data : {mode: 'manual', positions: []};
}

type TypeRow = {workflow: unknown} | null | undefined;

export function workflowOf(type: TypeRow): Workflow {
  return type ? parseWorkflow(type.workflow) : DEFAULT_WORKFLOW;
}

type FieldRow = {
  key: string;
  label: unknown;
  kind: string;
  options: unknown;
  required: boolean;
  required_from?: string | null | undefined;
  archived_at?: number | null | undefined;
  help?: unknown;
  default_value?: unknown;
};

export function fieldDefsOf(rows: readonly FieldRow[]): FieldDef[] {
  return rows.map((r) => ({
    key: r.key,
    label: r.label as Localized,
    kind: r.kind as FieldKind,
    options: Array.isArray(r.options) ? r.options.filter((o) => fieldOptionSchema.safeParse(o).success) : [],
    required: r.required,
    requiredFrom: r.required_from ?? null,
    archived: r.archived_at !== null && r.archived_at !== undefined,
    help: (r.help ?? {}) as Partial<Localized>,
    defaultValue: r.default_value ?? null,
  }));
}

export function localizedText(value: Partial<Localized> | undefined | null, locale: Locale): string {
  if (!value) return '';
  return value[locale] || value.ru || value.en || value.kk || '';
}

/** A status key in the user's words, by the request's workflow (the key itself if it is gone). */
export function statusName(workflow: Workflow, key: string, locale: Locale): string {
  const s = workflow.statuses.find((x) => x.key === key);
  return s ? localizedText(s.name, locale) : key;
}
