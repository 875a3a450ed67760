// REST speaks camelCase JSON; rows come from ZQL in the database's snake_case.
// Row schemas for the OpenAPI document are derived from the Zero schema, so
// the documented shape is the synced shape.
import {z} from 'zod';
import {schema} from '#schema/zero-schema.ts';

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Rows (and the related rows a query brought along) with camelCase column
 * names. The contents of JSON columns are the user's data (custom field keys,
 * workflow definitions) and are passed through untouched; a nested object is
 * taken for a related row only if it has an `id`.
 */
export function toCamel<T>(value: T): unknown {
  if (Array.isArray(value)) return value.map(toCamel);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [camel(k), isRows(v) ? toCamel(v) : v]));
  }
  return value;
}

const isRow = (v: unknown): boolean => !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as {id?: unknown}).id === 'string';
const isRows = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 && v.every(isRow) : isRow(v));

type TableName = keyof (typeof schema)['tables'];

export function rowSchema(table: TableName, omit: readonly string[] = []): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, column] of Object.entries(schema.tables[table].columns)) {
    if (omit.includes(name)) continue;
    const base = column.type === 'string' ? z.string() : column.type === 'number' ? z.number() : column.type === 'boolean' ? z.boolean() : z.unknown();
    shape[camel(name)] = column.optional ? base.nullable() : base;
  }
  return z.object(shape);
}
