// A REST write derived from its mutator. The mutator's own argument schema is
// the body (minus what the server fills in), so REST validates exactly like
// sync; the route adds only what HTTP needs:
// - path parameters become the arguments of the same name (`:id` → id);
// - a new record's `id` may be given or is made, the same for every retry of
//   one Idempotency-Key (rest/idempotency.ts); the key is the write's opId,
//   so a retry is applied once (and POST /ops/status finds it by that key);
// - `at` is the server's clock; `createdAt` may be given (an import) or is now;
// - the answer is the record re-read through a named query (`read`), so what
//   REST returns is what sync shows; a 404 names the route's entity.
// Hand-written routes remain for reads and for writes that are several
// mutators at once.
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import type {Permission} from '#shared/auth/permissions.ts';
import type {Entity} from '#shared/i18n/rest-entity.ts';
import {argsSchemaOf} from '#shared/mutators/index.ts';
import type {Executor} from '../zero/execute.ts';
import {opKey, recordId} from './idempotency.ts';
import {route, type RouteDef} from './route.ts';
import {toCamel} from './rows.ts';

type AnyMutator = {readonly mutatorName: string; readonly '~': {readonly $input: unknown}};
type Args<M extends AnyMutator> = Exclude<M['~']['$input'], undefined>;

/** Filled by the server, never taken from a REST body. */
const SERVER_FILLED = ['opId', 'at'] as const;

export type WriteRouteDef<M extends AnyMutator> = {
  mutator: M;
  method: 'post' | 'patch' | 'put' | 'delete';
  /** Under /api/v1; `:name` parameters become arguments of that name (or of the name `pathArgs` gives). */
  path: string;
  /** A path parameter that is another argument: {id: 'typeId'} for "/request-types/:id/fields". */
  pathArgs?: Readonly<Record<string, string>>;
  tag: string;
  summary: string;
  entity: Entity;
  permission?: Permission;
  /** The default: 201 for a POST without `:id` in its path (a create), 200 otherwise. */
  status?: number;
  /** Body fields that may be left out because `fill` gives them a default (a position after the last one). */
  optional?: readonly string[];
  /** Defaults for arguments the body left out (what the body gives wins), or arguments that are never the body's. */
  fill?: (input: {body: Record<string, unknown>; params: Record<string, string>; ctx: MemberContext}) => Promise<Partial<Args<M>>> | Partial<Args<M>>;
  /** Body fields renamed or left out of the documented body. */
  omit?: readonly string[];
  /**
   * Reads the record first, so a write to a record the caller cannot see is a 404 even where the
   * mutator treats a missing record as done already (a delete replayed by a device).
   */
  exists?: (ctx: MemberContext, args: Args<M>) => Promise<unknown>;
  /** The answer: the record as the caller's named query shows it (camelCased). Without it: 204. */
  read?: (ctx: MemberContext, args: Args<M>) => Promise<unknown>;
  response?: z.ZodType;
};

function objectSchema(mutator: AnyMutator): z.ZodObject {
  const schema = argsSchemaOf(mutator);
  if (!(schema instanceof z.ZodObject)) throw new Error(`${mutator.mutatorName}: a derived REST route needs an object argument schema`);
  // The fields without the object's cross-field refinements (zod cannot omit from a refined object);
  // the mutator still checks those when it runs, and its refusal names the field.
  return z.object(schema.shape);
}

export function writeRoute<M extends AnyMutator>(deps: {executor: Executor; now: () => number}, def: WriteRouteDef<M>): RouteDef {
  const args = objectSchema(def.mutator);
  const shape = args.shape as Record<string, z.ZodType>;
  const pathParams = [...def.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const argOf = (param: string) => def.pathArgs?.[param] ?? param;
  const fromPathArgs = pathParams.map(argOf);
  const hidden = [...SERVER_FILLED, ...fromPathArgs, ...(def.omit ?? [])].filter((k) => k in shape);
  // zod's omit/partial masks are typed for literal keys; these keys are read from the schema itself.
  const mask = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, true])) as never;
  let body: z.ZodObject = args.omit(mask(hidden));
  const optional = ['id', 'createdAt', ...(def.optional ?? [])].filter((k) => k in shape && !fromPathArgs.includes(k));
  if (optional.length) body = body.partial(mask(optional));
  const hasBody = Object.keys(body.shape).length > 0;
  const params = pathParams.length ? z.object(Object.fromEntries(pathParams.map((p) => [p, z.string().max(64)]))) : undefined;
  // A POST that makes a record answers 201; changing one (its id in the path, or PATCH/PUT) 200.
  const status = def.status ?? (def.method === 'post' && !fromPathArgs.includes('id') ? 201 : 200);

  return route({
    method: def.method,
    path: def.path,
    tag: def.tag,
    summary: def.summary,
    entity: def.entity,
    auth: 'member',
    ...(def.permission && {permission: def.permission}),
    ...(params && {params}),
    // A write whose arguments all come from the path and the server takes no body (accept, delete).
    ...(hasBody && {body}),
    status,
    ...(def.response && {response: def.response}),
    async handler({body: given, params: p, ctx, req}) {
      const b = hasBody ? (given as Record<string, unknown>) : {};
      const fromPath = Object.fromEntries(Object.entries((p ?? {}) as Record<string, string>).map(([k, v]) => [argOf(k), v]));
      const full = {
        ...(def.fill && (await def.fill({body: b, params: fromPath, ctx}))),
        ...b,
        ...fromPath,
        ...('id' in shape && !('id' in fromPath) && {id: b.id ?? recordId(req, ctx)}),
        ...('at' in shape && {at: deps.now()}),
        ...('createdAt' in shape && {createdAt: b.createdAt ?? deps.now()}),
        // The key is the write's op id as the caller sent it: POST /ops/status answers by it.
        ...opKey(req),
      } as Args<M>;
      if (def.exists) await def.exists(ctx, full);
      await deps.executor.run({mutator: def.mutator, args: full}, ctx);
      if (!def.read) return {status: 204};
      return {status, body: toCamel(await def.read(ctx, full))};
    },
  });
}
