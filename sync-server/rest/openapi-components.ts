// zod schemas as JSON Schema for the OpenAPI document, with a shared home for
// their definitions.
//
// z.toJSONSchema converts one schema at a time; a recursive or id-tagged part of
// it (z.json(), `.meta({id})`) lands in that fragment's own `$defs`, addressed as
// `#/$defs/…`, which means the document root once the fragment is embedded. Each
// such definition is hoisted into `components/schemas` under a readable name
// (identical ones share one entry) and its references are rewritten, so every
// `$ref` resolves. A schema that cannot be described becomes `{}` (any value)
// rather than a broken document.
import {z} from 'zod';

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type JsonObject = {[key: string]: Json};

export const COMPONENTS = '#/components/schemas/';

/**
 * Definitions whose shape is known, by name and how the document states them.
 * z.json() (recursive: string | number | boolean | null | array | object of itself)
 * accepts exactly what a JSON body can carry, so it is stated as "any value":
 * the same set, and a generated client does not trip over the recursion
 * (openapi-typescript emits a self-referencing array that TypeScript refuses).
 */
const KNOWN_SHAPES = new Map<string, {name: string; schema: Json}>();
{
  const sample = z.toJSONSchema(z.object({v: z.json()}), {io: 'input'}) as {$defs?: Record<string, Json>};
  const [key, def] = Object.entries(sample.$defs ?? {})[0] ?? [];
  if (key && def) KNOWN_SHAPES.set(shapeKey(def, key, {[key]: def}), {name: 'JsonValue', schema: {description: 'Any JSON value.'}});
}

/** The components under construction: one entry per distinct hoisted definition. */
export class Components {
  readonly schemas: Record<string, Json>;
  private readonly byShape = new Map<string, string>();
  /** Known shapes stated in their own words, by component name. */
  private readonly stated = new Map<string, Json>();

  /** `given`: components written by hand (e.g. the error answer). */
  constructor(given: Record<string, Json> = {}) {
    this.schemas = {...given};
  }

  /** The finished `components/schemas`. */
  all(): Record<string, Json> {
    return Object.fromEntries(Object.entries(this.schemas).map(([name, s]) => [name, s ?? {}]));
  }

  /** The JSON Schema of `schema`, ready to embed anywhere in the document. */
  schema(schema: z.ZodType, io: 'input' | 'output', hint: string): JsonObject {
    const fragment = convert(schema, io);
    return this.hoist(fragment, hint, io);
  }

  private hoist(fragment: JsonObject, hint: string, io: 'input' | 'output'): JsonObject {
    const defs = collectDefs(fragment);
    const names = new Map<string, string>();
    const selfRef = refsOf(fragment).some((r) => r === '#');
    if (selfRef) names.set('#', this.reserve(hint, undefined, io));
    for (const [key, def] of Object.entries(defs)) {
      names.set(key, this.name(def, key, defs, hint, fragment, io));
    }
    const target = (ref: string): string | undefined => {
      if (ref === '#') return names.get('#');
      const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(ref);
      return m ? names.get(decodePointer(m[1]!)) : undefined;
    };
    for (const [key, def] of Object.entries(defs)) {
      const name = names.get(key)!;
      if (this.schemas[name] !== null) continue; // already stated
      this.schemas[name] = this.stated.get(name) ?? rewriteRefs(def, target);
    }
    const body = rewriteRefs(fragment, target) as JsonObject;
    const rootName = names.get('#');
    if (rootName) {
      this.schemas[rootName] = body;
      return {$ref: COMPONENTS + rootName};
    }
    return body;
  }

  /** A component name for a definition; a definition already seen keeps its name. */
  private name(def: Json, key: string, defs: Record<string, Json>, hint: string, fragment: JsonObject, io: 'input' | 'output'): string {
    const shape = shapeKey(def, key, defs);
    const known = this.byShape.get(shape);
    if (known) return known;
    const knownShape = KNOWN_SHAPES.get(shape);
    if (knownShape) {
      const name = this.reserve(knownShape.name, shape, io);
      this.stated.set(name, knownShape.schema);
      return name;
    }
    const named =
      (!/^__schema\d+$/.test(key) ? key : undefined) ??
      (typeof (def as JsonObject)?.title === 'string' ? ((def as JsonObject).title as string) : undefined) ??
      `${hint}${pascal(firstUse(fragment, defs, key) ?? 'Value')}`;
    return this.reserve(named, shape, io);
  }

  /** A free name: the wanted one, else told apart by side (an answer's object is closed, a body's is not), else numbered. */
  private reserve(wanted: string, shape: string | undefined, io: 'input' | 'output'): string {
    const base = sanitizeName(wanted);
    const sided = `${base}${io === 'input' ? 'Input' : 'Output'}`;
    let name = Object.hasOwn(this.schemas, base) ? sided : base;
    for (let n = 2; Object.hasOwn(this.schemas, name); n++) name = `${sided}${n}`;
    this.schemas[name] = null; // placeholder until the body is rewritten
    if (shape) this.byShape.set(shape, name);
    return name;
  }
}

/** z.toJSONSchema that never throws and yields only plain JSON. */
function convert(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const attempts: (() => unknown)[] = [
    () => z.toJSONSchema(schema, {io, unrepresentable: 'any'}),
    // e.g. two different schemas tagged with one id: describe it without the ids.
    () => z.toJSONSchema(schema, {io, unrepresentable: 'any', metadata: z.registry<Record<string, unknown>>()}),
  ];
  for (const attempt of attempts) {
    try {
      const out = plainJson(attempt());
      if (out && typeof out === 'object' && !Array.isArray(out)) {
        delete out.$schema;
        delete out.$id;
        return out;
      }
    } catch {
      // try the next way, and at worst describe it as any value
    }
  }
  return {};
}

/** Drops what JSON cannot carry (a bigint becomes a number or a string, undefined and functions go). */
function plainJson(value: unknown): Json {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
    if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
    return v;
  });
  return text === undefined ? {} : (JSON.parse(text) as Json);
}

/** Removes `$defs`/`definitions` from a fragment's root and returns them. */
function collectDefs(fragment: JsonObject): Record<string, Json> {
  const defs: Record<string, Json> = {};
  for (const key of ['$defs', 'definitions'] as const) {
    const found = fragment[key];
    if (found && typeof found === 'object' && !Array.isArray(found)) Object.assign(defs, found);
    delete fragment[key];
  }
  return defs;
}

function refsOf(node: Json): string[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(refsOf);
  return Object.entries(node).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsOf(v)));
}

/** Rewrites every `$ref`; one that points nowhere known is dropped (the schema then allows any value there). */
function rewriteRefs(node: Json, target: (ref: string) => string | undefined): Json {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, target));
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      if (v.startsWith(COMPONENTS)) out[k] = v;
      else {
        const name = target(v);
        if (name) out[k] = COMPONENTS + name;
      }
    } else if ((k === '$defs' || k === 'definitions') && v && typeof v === 'object') {
      // nested definitions are only reachable by a relative ref zod does not make: leave them out
    } else {
      out[k] = rewriteRefs(v, target);
    }
  }
  return out;
}

/** A key equal for two definitions of the same shape (refs to itself and to its siblings normalised). */
function shapeKey(def: Json, key: string, defs: Record<string, Json>): string {
  const local = (ref: string) => /^#\/(?:\$defs|definitions)\/(.+)$/.exec(ref)?.[1];
  const normalise = (node: Json): Json => {
    if (!node || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(normalise);
    const out: JsonObject = {};
    for (const k of Object.keys(node).sort()) {
      const v = node[k]!;
      if (k === '$ref' && typeof v === 'string') {
        const target = local(v);
        out[k] = target === undefined ? v : decodePointer(target) === key ? '#self' : `#sibling`;
      } else out[k] = normalise(v);
    }
    return out;
  };
  const siblings = Object.keys(defs).filter((k) => k !== key);
  const group = siblings.length ? JSON.stringify(siblings.map((k) => normalise(defs[k]!))) : '';
  return JSON.stringify(normalise(def)) + group;
}

/** The property name under which a definition is first used, for its component name. */
function firstUse(fragment: JsonObject, defs: Record<string, Json>, key: string): string | undefined {
  const wanted = new Set([`#/$defs/${key}`, `#/definitions/${key}`]);
  const search = (node: Json, property: string | undefined): string | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      for (const n of node) {
        const found = search(n, property);
        if (found) return found;
      }
      return undefined;
    }
    if (typeof node.$ref === 'string' && wanted.has(node.$ref)) return property;
    for (const [k, v] of Object.entries(node)) {
      const inProperties = k === 'properties' && v && typeof v === 'object' && !Array.isArray(v);
      if (inProperties) {
        for (const [name, sub] of Object.entries(v)) {
          const found = search(sub, name);
          if (found) return found;
        }
      } else {
        const found = search(v, property);
        if (found) return found;
      }
    }
    return undefined;
  };
  return (
    search(fragment, undefined) ??
    Object.entries(defs)
      .map(([k, d]) => (k === key ? undefined : search(d, undefined)))
      .find(Boolean)
  );
}

function decodePointer(segment: string): string {
  let s = segment;
  try {
    s = decodeURIComponent(segment);
  } catch {
    // keep it as it is
  }
  return s.replaceAll('~1', '/').replaceAll('~0', '~');
}

export function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** OpenAPI allows `[A-Za-z0-9._-]` in a component name. */
function sanitizeName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
  return clean || 'Schema';
}
