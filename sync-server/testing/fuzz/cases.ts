// One case = one HTTP request: a route from the OpenAPI document or the public
// route list, its path parameters, query, headers and body drawn from
// values.ts, and now and then an attack on the transport itself (size,
// charset, compression, content type, syntax, depth, field count).
import {gzipSync} from 'node:zlib';
import fc from 'fast-check';
import type {World} from './world.ts';
import {brokenBody, fromSchema, nastySegment, nastyValue} from './values.ts';

export type Target = {kind: 'api' | 'public'; method: string; template: string; query: {name: string; schema?: any}[]; body?: {json: boolean; schema?: any}};

export type Case = {
  target: Target;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  locale: 'ru' | 'kk' | 'en';
  /** Who calls: company A's owner, or nobody. */
  as: 'owner' | 'anonymous';
  /** What was thrown, for the report. */
  label: string;
};

type Doc = {paths: Record<string, Record<string, any>>};

/** Every operation of the OpenAPI document. */
export function apiTargets(doc: Doc): Target[] {
  return Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, op]) => {
        const content = op.requestBody?.content ?? {};
        const json = content['application/json'];
        return {
          kind: 'api' as const,
          method: m.toUpperCase(),
          template: `/api/v1${template}`,
          query: ((op.parameters ?? []) as any[]).filter((p) => p.in === 'query').map((p) => ({name: p.name, schema: p.schema})),
          ...(op.requestBody && {body: {json: !!json, schema: json?.schema}}),
        };
      }),
  );
}

const PUBLIC_QUERY = ['lang', 'src', 'page', 'service', 'place', 'day', 'time', 'from', 'k', 'svc', 'item', 'n', 'thanks', 'ref'];
const FORM_FIELDS = ['name', 'phone', 'email', 'text', 'rating', 'form_id', 'service', 'place', 'time', 'website', 'reason', 'item', 'src'];

export function publicTargets(routes: {method: string; path: string}[]): Target[] {
  return routes.map((r) => ({
    kind: 'public',
    method: r.method,
    template: r.path,
    query: PUBLIC_QUERY.map((name) => ({name})),
    ...(r.method === 'POST' && {body: {json: false}}),
  }));
}

/** Percent-encodes anything, a lone surrogate included (as the bytes a broken client would send). */
export function enc(s: string): string {
  return [...s].map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
}
const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

type Transport = {label: string; headers: Record<string, string>; body: Buffer};

function transportAttacks(json: boolean): fc.Arbitrary<Transport> {
  const type = json ? 'application/json' : 'application/x-www-form-urlencoded';
  const plain = json ? '{"text":"Привет"}' : 'name=%D0%90&text=hi';
  return fc.constantFrom<Transport>(
    {
      label: 'over the size limit',
      headers: {'content-type': type},
      body: Buffer.from(json ? `{"text":"${'a'.repeat(1_200_000)}"}` : `text=${'a'.repeat(300_000)}`),
    },
    {label: 'charset latin1', headers: {'content-type': `${type}; charset=latin1`}, body: Buffer.from(plain)},
    {label: 'charset utf-16', headers: {'content-type': `${type}; charset=utf-16`}, body: Buffer.from(plain, 'utf16le')},
    {label: 'unknown content-encoding', headers: {'content-type': type, 'content-encoding': 'x-unknown'}, body: Buffer.from(plain)},
    {
      label: 'corrupt gzip',
      headers: {'content-type': type, 'content-encoding': 'gzip'},
      body: Buffer.concat([gzipSync(plain).subarray(0, 12), Buffer.from('garbage')]),
    },
    {label: 'gzip', headers: {'content-type': type, 'content-encoding': 'gzip'}, body: gzipSync(plain)},
    {label: 'text/plain', headers: {'content-type': 'text/plain'}, body: Buffer.from(plain)},
    {label: 'xml', headers: {'content-type': 'application/xml'}, body: Buffer.from('<a>1</a>')},
    {
      label: 'multipart',
      headers: {'content-type': 'multipart/form-data; boundary=x'},
      body: Buffer.from('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'),
    },
    {label: 'no content-type', headers: {}, body: Buffer.from(plain)},
    {label: 'invalid JSON', headers: {'content-type': 'application/json'}, body: Buffer.from('{"text": "a",')},
    {label: 'JSON NUL escape in a key', headers: {'content-type': 'application/json'}, body: Buffer.from('{"te\\u0000xt": "a"}')},
    {label: 'deep nesting', headers: {'content-type': 'application/json'}, body: Buffer.from('['.repeat(20_000) + ']'.repeat(20_000))},
    {label: 'deep object', headers: {'content-type': 'application/json'}, body: Buffer.from('{"a":'.repeat(3000) + '1' + '}'.repeat(3000))},
    {
      label: 'too many fields',
      headers: {'content-type': type},
      body: Buffer.from(
        json
          ? JSON.stringify(Object.fromEntries(Array.from({length: 5000}, (_, i) => [`f${i}`, i])))
          : Array.from({length: 2000}, (_, i) => `f${i}=1`).join('&'),
      ),
    },
  );
}

export function caseOf(target: Target, world: World, doc: Doc): fc.Arbitrary<Case> {
  const own = fc.constantFrom(...world.a.ids);
  const theirs = fc.constantFrom(...world.b.ids);
  const id = fc.oneof(
    {weight: 5, arbitrary: own.map(encodeURIComponent)},
    {weight: 2, arbitrary: theirs.map(encodeURIComponent)},
    {weight: 2, arbitrary: nastySegment},
  );
  const param = (name: string) =>
    // (Not B's slug: B's public pages are public, and a form sent there is B's visitor's request, rightly kept.)
    name === 'slug'
      ? fc.oneof({weight: 6, arbitrary: fc.constant(world.a.slug)}, {weight: 2, arbitrary: nastySegment})
      : name === 'master'
        ? fc.oneof({weight: 5, arbitrary: fc.constant('m')}, {weight: 2, arbitrary: nastySegment})
        : id;
  const names = [...target.template.matchAll(/[:{](\w+)\}?/g)].map((m) => m[1]!);
  const path = fc.tuple(...names.map(param)).map((vals) => {
    let i = 0;
    return target.template.replace(/[:{](\w+)\}?/g, () => vals[i++]!);
  });
  const queryValue = (q: {name: string; schema?: any}) =>
    fc.oneof(fromSchema(q.schema ?? {type: 'string'}, doc, own, q.name).map(asText), nastyValue.map(asText), own).map((v) => `${q.name}=${enc(v)}`);
  const query = fc
    .subarray(target.query, {maxLength: Math.min(4, target.query.length)})
    .chain((qs) => (qs.length ? fc.tuple(...qs.map(queryValue)) : fc.constant([] as string[])));
  const body: fc.Arbitrary<Transport | undefined> = !target.body
    ? fc.constant(undefined)
    : target.body.json
      ? brokenBody(fromSchema(target.body.schema, doc, fc.oneof({weight: 4, arbitrary: own}, {weight: 1, arbitrary: theirs}))).map((v) => ({
          label: 'json',
          headers: {'content-type': 'application/json'},
          body: Buffer.from(JSON.stringify(v) ?? 'null'),
        }))
      : target.kind === 'public'
        ? fc
            .uniqueArray(fc.tuple(fc.constantFrom(...FORM_FIELDS), fc.oneof(nastyValue.map(asText), own, fc.constantFrom('+77011112233', 'Айгерим', '5'))), {
              selector: (t) => t[0],
              maxLength: 8,
            })
            .map((pairs) => ({
              label: 'form',
              headers: {'content-type': 'application/x-www-form-urlencoded'},
              body: Buffer.from(pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')),
            }))
        : fc.uint8Array({maxLength: 64}).map((b) => ({label: 'bytes', headers: {'content-type': 'application/octet-stream'}, body: Buffer.from(b)}));
  const transport = target.body ? fc.oneof({weight: 4, arbitrary: body}, {weight: 1, arbitrary: transportAttacks(target.body.json)}) : body;
  const key = fc.option(
    fc.oneof(
      fc.uuid().map((u) => `fuzz-${u}`),
      fc.constantFrom('', 'k'.repeat(300)),
    ),
    {freq: 4},
  );
  return fc
    .record({
      path,
      query,
      transport,
      locale: fc.constantFrom<'ru' | 'kk' | 'en'>('ru', 'kk', 'en'),
      as: fc.oneof({weight: 9, arbitrary: fc.constant<'owner'>('owner')}, {weight: 1, arbitrary: fc.constant<'anonymous'>('anonymous')}),
      key,
      // Visitors from many addresses, so the per-address limit of public forms does not stop the run at ten.
      from: fc.ipV4(),
    })
    .map(({path: p, query: q, transport: t, locale, as, key: k, from}) => ({
      target,
      path: q.length ? `${p}?${q.join('&')}` : p,
      headers: {
        'accept-language': locale,
        'x-forwarded-for': from,
        ...t?.headers,
        ...(k !== null && target.method !== 'GET' && {'idempotency-key': k}),
      },
      ...(t && {body: t.body}),
      locale,
      as,
      label: t?.label ?? 'no body',
    }));
}
