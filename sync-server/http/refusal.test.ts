// Transport and database refusals become the 4xx they mean; anything else stays a fault.
import {describe, expect, it} from 'vitest';
import {databaseRefusalOf, HttpError, httpRefusalOf} from './refusal.ts';

const parserError = (status: number, type?: string) => Object.assign(new Error('x'), {status, statusCode: status, expose: status < 500, ...(type && {type})});
const pgError = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error('x'), {code, severity: 'ERROR', ...extra});

describe('httpRefusalOf', () => {
  it.each([
    ['entity.too.large', 413, 'too_large'],
    ['parameters.too.many', 413, 'too_many_fields'],
    ['charset.unsupported', 415, 'unsupported_charset'],
    ['encoding.unsupported', 415, 'unsupported_encoding'],
    ['entity.parse.failed', 400, 'bad_json'],
  ])('%s → %i %s', (type, status, code) => {
    expect(httpRefusalOf(parserError(status, type))).toMatchObject({status, code});
  });

  it('a corrupt gzip stream (a 400 without a type) is a damaged body; %FF in a path is a bad address', () => {
    expect(httpRefusalOf(parserError(400))).toMatchObject({status: 400, code: 'bad_body'});
    expect(httpRefusalOf(new URIError('URI malformed'))).toMatchObject({status: 400, code: 'bad_url'});
  });

  it('leaves faults alone: a plain error, a 5xx, a thrown HttpError passes as itself', () => {
    expect(httpRefusalOf(new Error('boom'))).toBeUndefined();
    expect(httpRefusalOf(parserError(500))).toBeUndefined();
    const e = new HttpError(429, 'rate_limited', 'pub.rateLimited');
    expect(httpRefusalOf(e)).toBe(e);
  });
});

describe('databaseRefusalOf', () => {
  it('names the field of a unique key, past the company and an expression', () => {
    expect(databaseRefusalOf(pgError('23505', {detail: 'Key (company_id, lower(email))=(c1, a@b.kz) already exists.'}))).toEqual({
      code: 'conflict',
      fields: [{field: 'email', code: 'v.duplicate'}],
    });
    expect(databaseRefusalOf(pgError('23505', {detail: 'Key (slug)=(salon) already exists.'}))?.fields?.[0]?.field).toBe('slug');
  });

  it('makes data exceptions and missing references validation refusals, and nothing else', () => {
    expect(databaseRefusalOf(pgError('22003', {column: 'starts_at'}))).toEqual({code: 'validation', fields: [{field: 'startsAt', code: 'v.invalid'}]});
    expect(databaseRefusalOf(pgError('23503', {detail: 'Key (client_id)=(x) is not present in table "client".'}))?.fields?.[0]?.field).toBe('clientId');
    expect(databaseRefusalOf(pgError('57P01'))).toBeUndefined();
    expect(databaseRefusalOf(new Error('no code'))).toBeUndefined();
  });
});
