// A field is saved whole: reordering or archiving sends its other parts as they stand.
import type {Row} from '@rocicorp/zero';
import {FIELD_KINDS, fieldOptionSchema, type FieldKind, type FieldOption} from '#shared/workflow/fields.ts';
import type {Localized} from '#shared/workflow/types.ts';
import type {SaveFieldArgs} from '#shared/workflow/validation.ts';

type FieldRow = Row['field_def'];

const full = (l: Partial<Localized> | null | undefined): Localized => ({ru: l?.ru ?? '', kk: l?.kk ?? '', en: l?.en ?? ''});

export function optionsOf(row: FieldRow): FieldOption[] {
  return Array.isArray(row.options) ? row.options.flatMap((o) => (fieldOptionSchema.safeParse(o).success ? [o as FieldOption] : [])) : [];
}

export function kindOf(row: FieldRow): FieldKind {
  return (FIELD_KINDS as readonly string[]).includes(row.kind) ? (row.kind as FieldKind) : 'text';
}

export function fieldArgs(row: FieldRow, at: number): SaveFieldArgs & {label: Localized; help: Localized; options: FieldOption[]} {
  return {
    id: row.id,
    typeId: row.type_id,
    key: row.key,
    label: full(row.label),
    kind: kindOf(row),
    options: optionsOf(row),
    required: row.required,
    requiredFrom: row.required_from ?? null,
    defaultValue: (row.default_value ?? null) as SaveFieldArgs['defaultValue'],
    help: full(row.help),
    position: row.position,
    at,
  };
}
