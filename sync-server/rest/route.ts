// One definition per REST route: its schemas validate the input and feed the
// OpenAPI document, so the docs cannot drift from what the server accepts.
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import type {Permission} from '#shared/auth/permissions.ts';
import {domainError} from '#shared/errors.ts';
import {assertModuleOn, moduleOfRoute} from '#shared/company/module-access.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import type {Module} from '#shared/company/modules.ts';
import {notFoundKey, type Entity} from '#shared/i18n/rest-entity.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {assertStorable} from '#shared/validation/storable.ts';
import type {PlatformContext} from '#shared/platform/context.ts';
import {sessionFromRequest} from '../auth/request-auth.ts';
import {platformContextFromRequest} from '../platform/session.ts';
import {companyStopped} from '../platform/status/refusal.ts';
import {memberContext, type ResolvedSession} from '../auth/sessions.ts';
import {HttpError, sendError} from './errors.ts';
import {requestLocale} from './locale.ts';
import {idempotencyKey, idempotent, type Answer} from './idempotent.ts';

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

/** A console route's input: a platform administrator (its own cookie), never a company's session or API key. */
export type PlatformInput<P, Q, B> = HandlerInput<P, Q, B> & {ctx: PlatformContext};

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
  /** The module (P4 switch) the route belongs to, set from its server manifest: off, the route refuses. */
  module?: Module;
  /** The record this route is about: a 404 names it ("Запись не найдена"), not a generic record. */
  entity?: Entity;
  /** Response body schema for the success status, for the OpenAPI document. */
  response?: z.ZodType;
  /** A member route that still answers while the platform has stopped the company (the export, sign-out); every other refuses. */
  whileStopped?: boolean;
  status?: number;
  /** A body of raw bytes of this media type, read by the handler itself (the company import's zip), for the OpenAPI document. */
  rawBody?: string;
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
    })
  | (Common<z.ZodType, z.ZodType, z.ZodType> & {
      auth: 'platform';
      handler(input: PlatformInput<unknown, unknown, unknown>): Promise<Result>;
    });

export function route<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUnknown>(
  def: Common<P, Q, B> & {
    auth: 'member';
    permission?: Permission;
    handler: (input: AuthedInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Result>;
  },
): RouteDef;
export function route<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUnknown>(
  def: Common<P, Q, B> & {auth: 'platform'; handler: (input: PlatformInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Result>},
): RouteDef;
export function route<P extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodUnknown>(
  def: Common<P, Q, B> & {auth: 'none'; handler: (input: HandlerInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Result>},
): RouteDef;
export function route(def: RouteDef): RouteDef {
  return def;
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown): unknown {
  // Before the schema: a hostile depth must not reach zod's recursion, and unstorable text is refused by one rule.
  assertStorable(value);
  if (!schema) return value;
  const r = schema.safeParse(value);
  if (!r.success) throw domainError('validation', {fields: toFieldIssues(r.error.issues)});
  return r.data;
}

export function mountRoutes(router: express.Router, routes: readonly RouteDef[], pool: pg.Pool): void {
  for (const def of routes) {
    router[def.method](def.path, async (req, res) => {
      let locale = requestLocale(req);
      const answerOf = (r: Result): Answer => ({status: r?.status ?? def.status ?? 200, body: r?.body, streamed: res.headersSent});
      try {
        // The console answers nobody else, not even about the shape of a request: its cookie is checked first.
        const platform = def.auth === 'platform' ? await platformContextFromRequest(pool, req) : null;
        if (def.auth === 'platform' && !platform) throw new HttpError(401, 'unauthorized', 'auth.error.sessionExpired');
        const base = {
          params: parse(def.params, req.params),
          query: parse(def.query, req.query),
          body: parse(def.body, req.body ?? {}),
          req,
          res,
          locale,
        };
        let result: Answer;
        if (def.auth === 'member') {
          const session = await sessionFromRequest(pool, req);
          if (!session) throw new HttpError(401, 'unauthorized', 'auth.error.sessionExpired');
          if (!req.query.lang && !req.get('accept-language')) locale = session.userLocale as Locale;
          // The platform stopped the company: 403 with its reason (platform/status/refusal.ts), in the member's language.
          if (session.companyStatus !== 'active' && !def.whileStopped) throw await companyStopped(pool, session.companyId);
          const ctx = memberContext(session, 'rest');
          assertModuleOn(ctx, moduleOfRoute(def));
          if (def.permission && !ctx.permissions.includes(def.permission)) throw domainError('not_found');
          const write = async (): Promise<Answer> => answerOf(await def.handler({...base, locale, ctx, session}));
          const key = def.method === 'get' ? undefined : idempotencyKey(req);
          result = key ? await idempotent(pool, req, ctx, key, write) : await write();
        } else if (def.auth === 'platform') {
          // Only the console's own cookie (above): a company session or API key is not even looked at.
          result = answerOf(await def.handler({...base, ctx: platform!}));
        } else {
          result = answerOf(await def.handler(base));
        }
        if (res.headersSent) return;
        if (result.body === undefined) res.status(result.status).end();
        else res.status(result.status).json(result.body);
      } catch (err) {
        if (!res.headersSent) sendError(res, err, locale, def.entity && notFoundKey(def.entity));
      }
    });
  }
}
