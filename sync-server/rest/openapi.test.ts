// The generator on routes made up for the purpose: shared and recursive parts
// become named components, and a schema that cannot be described still leaves a
// valid document (checked by the independent validator and a $ref walk).
import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {openApiProblems} from '../testing/openapi-check.ts';
import {openApiDocument} from './openapi.ts';
import {route, type RouteDef} from './route.ts';

const ok = async () => ({body: {}});

type Tree = {name: string; children: Tree[]};
const tree: z.ZodType<Tree> = z.object({name: z.string(), children: z.array(z.lazy(() => tree))}).meta({id: 'OpenApiTestTree'});
type Expr = string | {not: Expr};
const expr: z.ZodType<Expr> = z.lazy(() => z.union([z.string(), z.object({not: expr})]));
type Folder = {title: string; folders: Folder[]};
const folder: z.ZodType<Folder> = z.object({title: z.string(), folders: z.array(z.lazy(() => folder))});

function doc(routes: RouteDef[]) {
  return openApiDocument(routes, 'http://localhost/api/v1');
}

function bodySchema(d: ReturnType<typeof doc>, path: string, method = 'post'): any {
  return (d.paths[path]![method] as any).requestBody.content['application/json'].schema;
}

describe('openApiDocument', () => {
  it('hoists z.json() into one JsonValue component however many routes use it', async () => {
    const d = doc([
      route({method: 'post', path: '/a', tag: 't', summary: 'a', auth: 'none', body: z.object({fields: z.record(z.string(), z.json())}), handler: ok}),
      route({
        method: 'patch',
        path: '/b/:id',
        tag: 't',
        summary: 'b',
        auth: 'member',
        params: z.object({id: z.string()}),
        body: z.object({value: z.json().nullable()}),
        handler: ok,
      }),
      route({
        method: 'get',
        path: '/c',
        tag: 't',
        summary: 'c',
        auth: 'none',
        query: z.object({filter: z.json().optional()}),
        response: z.object({data: z.json()}),
        handler: ok,
      }),
    ]);
    expect(await openApiProblems(d)).toEqual([]);
    expect(Object.keys(d.components.schemas).sort()).toEqual(['Error', 'JsonValue']);
    expect(bodySchema(d, '/a').properties.fields.additionalProperties).toEqual({$ref: '#/components/schemas/JsonValue'});
  });

  it('names recursive schemas by their id, or by where they are used', async () => {
    const d = doc([
      route({method: 'post', path: '/trees', tag: 't', summary: 'tree', auth: 'none', body: z.object({root: tree}), response: tree, handler: ok}),
      route({method: 'put', path: '/trees/:id', tag: 't', summary: 'tree again', auth: 'none', body: z.object({root: tree}), handler: ok}),
      route({method: 'post', path: '/folders', tag: 't', summary: 'folders', auth: 'none', body: z.object({top: folder}), handler: ok}),
      route({method: 'post', path: '/exprs', tag: 't', summary: 'a body that is itself recursive', auth: 'none', body: expr, handler: ok}),
    ]);
    expect(await openApiProblems(d)).toEqual([]);
    const names = Object.keys(d.components.schemas);
    expect(names).toContain('OpenApiTestTree');
    expect(names).toContain('PostFoldersBodyTop');
    // One for the bodies, one for the answer (zod closes an answer's objects: additionalProperties false).
    expect(names.filter((n) => n.startsWith('OpenApiTestTree')).sort()).toEqual(['OpenApiTestTree', 'OpenApiTestTreeOutput']);
    expect(bodySchema(d, '/exprs')).toEqual({$ref: '#/components/schemas/PostExprsBody'});
  });

  it('still yields a valid document when a schema cannot be described', async () => {
    const first = z.object({a: z.string()}).meta({id: 'OpenApiTestClash'});
    const second = z.object({b: z.number()}).meta({id: 'OpenApiTestClash'});
    const d = doc([
      route({
        method: 'post',
        path: '/odd/:id',
        tag: 't',
        summary: 'odd',
        auth: 'member',
        body: z.object({at: z.date(), big: z.bigint().default(5n), custom: z.custom<string>((v) => typeof v === 'string'), map: z.map(z.string(), z.number())}),
        query: z.object({n: z.string().transform(Number)}).transform((q) => q.n),
        response: z.object({n: z.string().transform((s) => BigInt(s)), when: z.date()}),
        handler: ok,
      }),
      route({method: 'post', path: '/clash', tag: 't', summary: 'one id on two schemas', auth: 'none', body: z.object({first, second}), handler: ok}),
    ]);
    expect(await openApiProblems(d)).toEqual([]);
    const odd = d.paths['/odd/{id}']!.post as any;
    expect(odd.parameters).toEqual(
      expect.arrayContaining([
        {name: 'id', in: 'path', required: true, schema: {type: 'string'}}, // in the path, undeclared
        expect.objectContaining({name: 'n', in: 'query', required: true}),
      ]),
    );
    expect(Object.keys(bodySchema(d, '/clash').properties)).toEqual(['first', 'second']);
  });

  it('gives every operation a unique operationId', () => {
    const d = doc([
      route({method: 'get', path: '/x/:id', tag: 't', summary: 'x', auth: 'none', handler: ok}),
      route({method: 'get', path: '/x/{id}', tag: 't', summary: 'x again', auth: 'none', handler: ok}),
    ]);
    const ids = Object.values(d.paths).flatMap((ops) => Object.values(ops).map((op) => (op as {operationId: string}).operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
