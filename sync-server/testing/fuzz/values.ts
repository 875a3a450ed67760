// The inputs: values a careless integrator or an attacker sends, and values
// shaped by a route's own schema (so the fuzzer gets past the first check and
// reaches the write). All fast-check arbitraries, replayable from a seed.
import fc from 'fast-check';

type Schema = Record<string, any>;

const DEEP = (n: number): unknown => Array.from({length: n}).reduce<unknown>((inner) => ({a: inner}), 'x');

/** Values that have broken servers: wrong types, extremes, text PostgreSQL cannot store, markup, traversal, depth. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53,
    2 ** 63,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00y',
    '\u202e\u200b',
    '<script>alert(1)</script>',
    "'; drop table request; --",
    '../../etc/passwd',
    '%00',
    '%FF',
    '1e400',
    'NaN',
    '9999-12-31T23:59:59Z',
    'x'.repeat(100_000),
    'Қазақстан '.repeat(2_000),
    [],
    {},
    [[[[[[]]]]]],
    DEEP(40),
    {'a\u0000': 1},
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    {constructor: {prototype: {polluted: 1}}},
  ),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({maxLength: 5}), {maxLength: 3}),
);

/** A string that is not a well-formed path segment or query value once decoded. */
export const nastySegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '%FF',
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%C0%AF',
    '%E2%80%AE',
    '..%2F..%2Fetc',
    '%25',
    '%',
    'x'.repeat(3000),
    '%F0%9F%98%80',
    '-1',
    '0',
    'null',
    '[]',
    '%20',
  ),
  fc.string({unit: 'grapheme', maxLength: 20}).map(encodeURIComponent),
);

function sampleString(name: string, s: Schema): fc.Arbitrary<string> {
  if (/phone/i.test(name)) return fc.constantFrom('+77011112233', '87071234567', '+7 701 000 00 00');
  if (/email/i.test(name)) return fc.constantFrom('a@b.kz', 'Айгерим@mail.kz', '');
  if (/slug/i.test(name)) return fc.constantFrom('my-salon', 'm2');
  if (/timezone/i.test(name)) return fc.constantFrom('Asia/Almaty', 'Asia/Qyzylorda', 'Mars/Olympus');
  if (/^(from|to)$/.test(name)) return fc.constantFrom('09:00', '18:30', '25:00');
  if (s.format === 'date' || /birthday|date/i.test(name)) return fc.constantFrom('1990-05-17', '2026-02-30');
  return fc.string({minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 60)});
}

/**
 * A value that fits `schema` most of the time ($ref, anyOf, enums, objects with their
 * required keys), with ids drawn from `ids` so a reference can name a real record.
 */
export function fromSchema(schema: Schema | undefined, doc: Schema, ids: fc.Arbitrary<string>, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.$ref) {
    const target = String(schema.$ref)
      .replace(/^#\//, '')
      .split('/')
      .reduce<any>((o, k) => o?.[k], doc);
    return fromSchema(target, doc, ids, name, depth + 1);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alts = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alts)) return fc.oneof(...alts.map((a: Schema) => fromSchema(a, doc, ids, name, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.length > 1) return fc.oneof(...type.map((t: string) => fromSchema({...schema, type: t}, doc, ids, name, depth + 1)));
  switch (type[0]) {
    case 'string':
      return /(^id$|Id$|Ids$)/.test(name) ? ids : sampleString(name, schema);
    case 'integer':
    case 'number':
      return name.endsWith('At')
        ? fc.integer({min: Date.now() - 86_400_000, max: Date.now() + 30 * 86_400_000})
        : fc.integer({min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1000, 1_000_000)});
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items, doc, ids, name, depth + 1), {maxLength: Math.min(schema.maxItems ?? 3, 3)});
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, doc, ids, k, depth + 1)])), {
        requiredKeys: required.filter((k) => k in props),
      });
    }
    default:
      return fc.oneof(fc.string({maxLength: 10}), fc.integer(), fc.boolean());
  }
}

/** A schema-shaped body, then (most of the time) broken in one place: a field wrong, a required one gone, one too many, or the whole of it. */
export function brokenBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    {weight: 1, arbitrary: valid},
    {
      weight: 4,
      arbitrary: fc.tuple(valid, fc.nat(), nastyValue, fc.constantFrom('set', 'drop', 'extra')).map(([v, n, bad, how]) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad;
        const o = {...(v as Record<string, unknown>)};
        const keys = Object.keys(o);
        const key = keys.length ? keys[n % keys.length]! : 'x';
        if (how === 'drop') delete o[key];
        else o[how === 'set' ? key : `extra${n % 3}`] = bad;
        return o;
      }),
    },
    {weight: 1, arbitrary: nastyValue},
  );
}
