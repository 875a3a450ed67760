// REST speaks camelCase JSON; rows come from ZQL in the database's snake_case.
// Row schemas for the OpenAPI document are derived from the Zero schema, so
// the documented shape is the synced shape.
import {z} from 'zod';
import {schema} from '../../schema/zero-schema.ts';

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function toCamel<T>(value: T): unknown {
  if (Array.isArray(value)) return value.map(toCamel);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [camel(k), toCamel(v)]));
  }
  return value;
}

type TableName = keyof (typeof schema)['tables'];

export function rowSchema(table: TableName, omit: readonly string[] = []): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, column] of Object.entries(schema.tables[table].columns)) {
    if (omit.includes(name)) continue;
    const base =
      column.type === 'string'
        ? z.string()
        : column.type === 'number'
          ? z.number()
          : column.type === 'boolean'
            ? z.boolean()
            : z.unknown();
    shape[camel(name)] = column.optional ? base.nullable() : base;
  }
  return z.object(shape);
}
