// Every way a request can be refused before or beneath the domain rules, as
// one answer: the body parser's refusals (size, charset, compression, field
// count, syntax), an address that does not decode, and the database rules
// that back validation (a unique key, a value out of range). Each becomes a
// 4xx the caller can act on; only what is left is a 500, and that is a bug.
// The REST API answers it as JSON (rest/errors.ts), the public pages as HTML
// (public/refusal-page.ts).
import type {ErrorDetails} from '#shared/errors.ts';
import type {ServerMessageKey} from '#shared/i18n/catalog.ts';

export type Refusal = {status: number; code: string; messageKey: ServerMessageKey};

/** A refusal thrown by the server's own code (401, 429, a bad address, …). */
export class HttpError extends Error implements Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: ServerMessageKey,
  ) {
    super(code);
  }
}

// body-parser's error types (http-errors with `type`), see body-parser/lib/read.js.
const BY_TYPE: Record<string, Refusal> = {
  'entity.too.large': {status: 413, code: 'too_large', messageKey: 'http.tooLarge'},
  'parameters.too.many': {status: 413, code: 'too_many_fields', messageKey: 'http.tooManyFields'},
  'charset.unsupported': {status: 415, code: 'unsupported_charset', messageKey: 'http.charset'},
  'encoding.unsupported': {status: 415, code: 'unsupported_encoding', messageKey: 'http.encoding'},
  'entity.parse.failed': {status: 400, code: 'bad_json', messageKey: 'http.badJson'},
  'querystring.parse.rangeError': {status: 400, code: 'bad_body', messageKey: 'http.badBody'},
};
const BAD_BODY: Refusal = {status: 400, code: 'bad_body', messageKey: 'http.badBody'};

/** The API, sync and the test controls answer refusals in JSON; every other path is a page a person sees (HTML). */
export const answersInJson = (path: string) => /^\/(api|zero|__test)(\/|$)/.test(path);
/** A value the database refused that validation should have caught, on a page: the visitor's input was wrong. */
export const BAD_REQUEST: Refusal = {status: 400, code: 'validation', messageKey: 'v.invalid'};
/** An address that does not decode or holds what cannot be stored (http/address-check.ts, and the router's own %FF). */
export const badUrl = () => new HttpError(400, 'bad_url', 'http.badUrl');

/** No space left: for the files folder (ENOSPC) or for PostgreSQL (SQLSTATE 53100). Nothing was kept; retry later. */
export const DISK_FULL: Refusal = {status: 507, code: 'disk_full', messageKey: 'http.diskFull'};
function isDiskFull(err: object): boolean {
  for (let e: unknown = err, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as {cause?: unknown}).cause, depth++) {
    const code = (e as {code?: unknown}).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === '53100') return true;
  }
  return false;
}

/** The refusal a transport-level error means, or undefined for anything else. */
export function httpRefusalOf(err: unknown): Refusal | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  if (err instanceof HttpError) return err;
  if (isDiskFull(err)) return DISK_FULL;
  const e = err as {type?: unknown; status?: unknown; expose?: unknown};
  if (typeof e.type === 'string' && BY_TYPE[e.type]) return BY_TYPE[e.type];
  // The router could not decode a path parameter (%FF): the address is wrong, not the server.
  if (err instanceof URIError) return badUrl();
  // Anything else the parser exposes as a 4xx: a corrupt gzip stream, an aborted or short body.
  if (e.expose === true && typeof e.status === 'number' && e.status >= 400 && e.status < 500) return BAD_BODY;
  return undefined;
}

type PgError = {code?: unknown; detail?: unknown; column?: unknown; severity?: unknown; constraint?: unknown};
const isPgError = (e: unknown): e is PgError & {code: string} =>
  typeof e === 'object' && e !== null && typeof (e as PgError).code === 'string' && /^[0-9A-Z]{5}$/.test((e as {code: string}).code) && 'severity' in e;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The field a unique key or a foreign key is about: "Key (company_id, lower(email))=(…)" → email. */
function fieldOfKey(detail: unknown): string {
  const cols = /^Key \((.+?)\)=/.exec(typeof detail === 'string' ? detail : '')?.[1];
  const names = (cols ?? '').split(',').map((c) => c.trim().replace(/^\w+\((\w+)\)$/, '$1'));
  const named = names.filter((c) => /^\w+$/.test(c) && c !== 'company_id');
  return named.length ? camel(named[named.length - 1]!) : '_';
}

/**
 * A database refusal that validation should have made, as the domain refusal it means:
 * a unique key taken → conflict naming the field; a missing referenced record, a value
 * out of range or too long → validation. Undefined for anything else (a real fault).
 */
export function databaseRefusalOf(err: unknown): ErrorDetails | undefined {
  if (!isPgError(err)) return undefined;
  const {code} = err;
  if (code === '23505') return {code: 'conflict', fields: [{field: fieldOfKey(err.detail), code: 'v.duplicate'}]};
  if (code === '23503' || code === '23502') {
    const field = code === '23502' && typeof err.column === 'string' ? camel(err.column) : fieldOfKey(err.detail);
    return {code: 'validation', fields: [{field, code: code === '23502' ? 'v.required' : 'v.invalid'}]};
  }
  // 22xxx: data exceptions (out of range, too long, bad text); 23514: a check; 54xxx: over a program limit.
  if (code.startsWith('22') || code === '23514' || code.startsWith('54')) {
    return {code: 'validation', fields: [{field: typeof err.column === 'string' ? camel(err.column) : '_', code: 'v.invalid'}]};
  }
  return undefined;
}
