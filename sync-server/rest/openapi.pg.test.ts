// The served API document is valid OpenAPI 3.1 for an independent validator,
// every $ref in it resolves, and a generated client gets precise types from it.
import {describe, expect, it} from 'vitest';
import {Client} from '../testing/http.ts';
import {compileWithProbe, generateClientTypes, openApiProblems} from '../testing/openapi-check.ts';

// Compiled against the generated types: each line fails if a body or an answer
// came out as `unknown` (anything fits, so the @ts-expect-error lines go unused).
const PROBE = `
import type {paths} from './api';
type JsonBody<Op> = Op extends {requestBody?: {content: {'application/json': infer B}}} ? B : never;
type JsonAnswer<Op, S extends number> = Op extends {responses: {[K in S]: {content: {'application/json': infer B}}}} ? B : never;

type CreateRequest = JsonBody<paths['/requests']['post']>;
export const create: CreateRequest = {clientPhone: '+77011112233', text: 'Нужен ремонт'};
// @ts-expect-error the text is a string
export const wrongText: CreateRequest = {clientPhone: '+77011112233', text: 42};
export const knownKey: 'clientPhone' extends keyof CreateRequest ? true : false = true;

type Created = JsonAnswer<paths['/requests']['post'], 201>;
export const createdId = (r: Created): string => r.id;
// @ts-expect-error a request has no such field
export const noSuchField = (r: Created) => r.noSuchField;

type UpdateRequest = JsonBody<paths['/requests/{id}']['patch']>;
export const update: UpdateRequest = {fields: {size: 3, note: 'x', tags: ['a'], nested: {ok: true}, none: null}};

type Signup = JsonBody<paths['/auth/signup']['post']>;
// @ts-expect-error the company name is required
export const signupWithoutCompany: Signup = {name: 'a', email: 'a@b.kz', password: 'password1'};
`;

describe('the OpenAPI document', () => {
  it('validates, resolves every $ref and gives a generated client precise types', async () => {
    const res = await new Client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;

    expect(await openApiProblems(doc)).toEqual([]);

    const generated = await generateClientTypes(doc);
    expect(compileWithProbe(generated, PROBE)).toEqual([]);
  });
});
