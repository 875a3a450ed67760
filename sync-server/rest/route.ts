// One definition per REST route: its schemas validate the input and feed the
// OpenAPI document, so the docs cannot drift from what the server accepts.
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import type {MemberContext} from '../../shared/auth/context.ts';
import type {Permission} from '../../shared/auth/permissions.ts';
import {domainError} from '../../shared/errors.ts';
import {assertModuleOn, moduleOfRoute} from '../../shared/company/module-access.ts';
import type {Locale} from '../../shared/i18n/locales.ts';
import {toFieldIssues} from '../../shared/validation/issues.ts';
import {sessionFromRequest} from '../auth/request-auth.ts';
import {memberContext, type ResolvedSession} from '../auth/sessions.ts';
import {HttpError, sendError} from './errors.ts';
import {requestLocale} from './locale.ts';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export type HandlerInput<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  req: express.Request;
  res: express.Response;
  locale: Locale;
};

export type AuthedInput<P, Q, B> = HandlerInput<P, Q, B> & {ctx: MemberContext; session: ResolvedSession};

export type Result = {status?: number; body?: unknown} | void;

type Common<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  method: Method;
  /** Express-style path under /api/v1, e.g. "/requests/:id". */
  path: string;
  tag: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Response body schema for the success status, for the OpenAPI document. */
  response?: z.ZodType;
  status?: number;
};

// Handlers are declared with method syntax so that a route's precise input type
// fits this common shape (method parameters are checked bivariantly).
export type RouteDef =
  | (Common<z.ZodType, z.ZodType, z.ZodType> & {
      auth: 'none';
      handler(input: HandlerInput<unknown, unknown, unknown>): Promise<Result>;
    })
  | (Common<z.ZodType, z.ZodType, z.ZodType> & {
      auth: 'member';
      permission?: Permission;
      handler(input: AuthedInput<unknown, unknown, unknown>): Promise<Result>;
    });

export function route<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUnknown>(
  def: Common<P, Q, B> & {
    auth: 'member';
    permission?: Permission;
    handler: (input: AuthedInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Result>;
  },
): RouteDef;
export function route<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUnknown>(
  def: Common<P, Q, B> & {auth: 'none'; handler: (input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Result>},
): RouteDef;
export function route(def: RouteDef): RouteDef {
  return def;
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown): unknown {
  if (!schema) return value;
  const r = schema.safeParse(value);
  if (!r.success) throw domainError('validation', {fields: toFieldIssues(r.error.issues)});
  return r.data;
}

export function mountRoutes(router: express.Router, routes: readonly RouteDef[], pool: pg.Pool): void {
  for (const def of routes) {
    router[def.method](def.path, async (req, res) => {
      let locale = requestLocale(req);
      try {
        const base = {
          params: parse(def.params, req.params),
          query: parse(def.query, req.query),
          body: parse(def.body, req.body ?? {}),
          req,
          res,
          locale,
        };
        let result: Result;
        if (def.auth === 'member') {
          const session = await sessionFromRequest(pool, req);
          if (!session) throw new HttpError(401, 'unauthorized', 'auth.error.sessionExpired');
          if (session.companyStatus !== 'active') throw new HttpError(403, 'suspended', 'pub.suspended');
          if (!req.query.lang && !req.get('accept-language')) locale = session.userLocale as Locale;
          const ctx = memberContext(session, 'rest');
          assertModuleOn(ctx, moduleOfRoute(def));
          if (def.permission && !ctx.permissions.includes(def.permission)) throw domainError('not_found');
          result = await def.handler({...base, locale, ctx, session});
        } else {
          result = await def.handler(base);
        }
        if (res.headersSent) return;
        const status = result?.status ?? def.status ?? 200;
        if (result?.body === undefined) res.status(status).end();
        else res.status(status).json(result.body);
      } catch (err) {
        if (!res.headersSent) sendError(res, err, locale);
      }
    });
  }
}

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {type: 'string', enum: ['validation', 'not_found', 'conflict', 'invalid_transition', 'forbidden_state', 'module_off', 'unauthorized', 'internal']},
        message: {type: 'string', description: "In the caller's language (Accept-Language or ?lang=ru|kk|en)."},
        fields: {
          type: 'array',
          items: {type: 'object', properties: {field: {type: 'string'}, message: {type: 'string'}, text: {type: 'string'}}},
        },
        module: {type: 'string', description: 'For module_off: the module switched off in the company settings.'},
        existingId: {type: 'string', description: 'For a refused duplicate: the id of the record that already exists (a client with this phone).'},
      },
    },
  },
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, {io, unrepresentable: 'any'});
}

/** Routes that take raw bytes rather than JSON, documented by hand. */
const RAW_PATHS = {
  '/files/{id}': {
    put: {
      tags: ['files'],
      summary: 'Upload the bytes of a file under an id you choose (uuid); repeating the same id is harmless',
      security: [{session: []}, {apiKey: []}],
      parameters: [
        {name: 'id', in: 'path', required: true, schema: {type: 'string'}},
        {name: 'X-File-Name', in: 'header', required: false, schema: {type: 'string'}, description: 'URI-encoded original name'},
      ],
      requestBody: {required: true, content: {'*/*': {schema: {type: 'string', format: 'binary'}}}},
      responses: {
        201: {description: 'Stored', content: {'application/json': {schema: {type: 'object', properties: {id: {type: 'string'}, url: {type: 'string'}, size: {type: 'number'}, sha256: {type: 'string'}}}}}},
        200: {description: 'Already stored (a retry)'},
        413: {description: 'Too large', content: {'application/json': {schema: ERROR_SCHEMA}}},
      },
    },
  },
};

export function openApiDocument(routes: readonly RouteDef[], serverUrl: string): unknown {
  const paths: Record<string, Record<string, unknown>> = structuredClone(RAW_PATHS);
  for (const def of routes) {
    const path = def.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', def.params], ['query', def.query]] as const) {
      if (!schema || !(schema instanceof z.ZodObject)) continue;
      for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        parameters.push({name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema: jsonSchema(field, 'input')});
      }
    }
    const status = String(def.status ?? 200);
    paths[path] ??= {};
    paths[path][def.method] = {
      tags: [def.tag],
      summary: def.summary,
      ...(def.auth === 'member' && {security: [{session: []}, {apiKey: []}]}),
      ...(parameters.length && {parameters}),
      ...(def.body && {requestBody: {required: true, content: {'application/json': {schema: jsonSchema(def.body, 'input')}}}}),
      responses: {
        [status]: {
          description: 'OK',
          ...(def.response && {content: {'application/json': {schema: jsonSchema(def.response, 'output')}}}),
        },
        ...(def.body || def.params ? {400: {description: 'Invalid input', content: {'application/json': {schema: ERROR_SCHEMA}}}} : {}),
        ...(def.auth === 'member' && {
          401: {description: 'Not signed in', content: {'application/json': {schema: ERROR_SCHEMA}}},
          404: {description: 'Not found or not allowed', content: {'application/json': {schema: ERROR_SCHEMA}}},
        }),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dot API',
      version: '1',
      description:
        'Every entity of a company, scoped to the caller. Authenticate with the session cookie or ' +
        '"Authorization: Bearer dot_…" (an API key made by an owner or admin). Writes accept an ' +
        '"Idempotency-Key" header: repeating a write with the same key has its effect once.',
    },
    servers: [{url: serverUrl}],
    components: {
      securitySchemes: {
        session: {type: 'apiKey', in: 'cookie', name: 'dot_session'},
        apiKey: {type: 'http', scheme: 'bearer'},
      },
    },
    paths,
  };
}
